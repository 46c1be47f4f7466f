/** Markdown links to commits, pull requests, issues and compares on a GitHub server. Pure. */

/** Where links point; without `repo`, plain text is written instead of links. */
export interface LinkBase {
  server?: string
  repo?: string
}

/** Link builder for one repository. */
export class Links {
  private readonly base?: string

  constructor(target: LinkBase) {
    if (target.repo) this.base = `${(target.server ?? 'https://github.com').replace(/\/+$/, '')}/${target.repo}`
  }

  commit(sha: string): string {
    const short = sha.slice(0, 7)
    return this.base ? `[${short}](${this.base}/commit/${sha})` : short
  }

  pull(n: number): string {
    return this.base ? `[#${n}](${this.base}/pull/${n})` : `#${n}`
  }

  issue(n: number): string {
    return this.base ? `[#${n}](${this.base}/issues/${n})` : `#${n}`
  }

  /** `[title](compare)` when both tags are known, else the title. */
  compare(title: string, fromTag: string | undefined, toTag: string): string {
    return this.base && fromTag ? `[${title}](${this.base}/compare/${fromTag}...${toTag})` : title
  }
}
