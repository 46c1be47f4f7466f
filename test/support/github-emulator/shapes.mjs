// @ts-check
/**
 * Builders for the JSON objects GitHub returns, from the emulator's internal records. Every URL points back at the
 * emulator (API and "web" pages share its origin), so clients that follow `url`/`upload_url`/`browser_download_url`
 * stay on 127.0.0.1. The response validator checks each of these against the spec on every request.
 */

/** @typedef {import('./store.mjs').Repo} Repo */

/** A base64 node id, like GitHub's (opaque to clients). */
export const nodeId = (/** @type {string} */ kind, /** @type {number | string} */ id) =>
  Buffer.from(`0:${kind}${id}`).toString('base64')

/** A simple-user object for `login`. */
export function user(/** @type {string} */ base, /** @type {string} */ login, id = userId(login)) {
  const esc = encodeURIComponent(login)
  const u = `${base}/users/${esc}`
  return {
    login,
    id,
    node_id: nodeId('User', id),
    avatar_url: `${base}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `${base}/apps/${esc.replace(/%5Bbot%5D$/, '')}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  }
}

/** Stable small id for a login. */
function userId(/** @type {string} */ login) {
  let h = 7
  for (const ch of login) h = (h * 31 + ch.charCodeAt(0)) % 9_000_000
  return 1000 + h
}

/** @param {Repo} r */
export function repository(r, /** @type {string} */ base, full = false) {
  const api = `${base}/repos/${r.owner}/${r.name}`
  const html = `${base}/${r.owner}/${r.name}`
  const out = {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    owner: user(base, r.owner),
    private: false,
    html_url: html,
    description: r.description,
    fork: false,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://127.0.0.1/${r.owner}/${r.name}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@127.0.0.1:${r.owner}/${r.name}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: r.defaultBranch,
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: r.createdAt,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0,
  }
  if (full) {
    Object.assign(out, {
      network_count: 0,
      subscribers_count: 0,
      permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
      organization: { ...user(base, r.owner), type: 'Organization' },
      temp_clone_token: '',
      allow_auto_merge: false,
      allow_forking: true,
      allow_merge_commit: true,
      allow_rebase_merge: true,
      allow_squash_merge: true,
      allow_update_branch: false,
      delete_branch_on_merge: false,
      use_squash_pr_title_as_default: false,
      web_commit_signoff_required: false,
    })
  }
  return out
}

/** @param {Repo} r @param {import('./store.mjs').Commit} c */
export function commit(r, /** @type {string} */ base, c) {
  const api = `${base}/repos/${r.owner}/${r.name}`
  const person = (/** @type {{name: string, email: string, date: string}} */ p) => ({
    name: p.name,
    email: p.email,
    date: p.date,
  })
  const ghUser = (/** @type {{login?: string}} */ p) => (p.login ? user(base, p.login) : null)
  const out = {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    html_url: `${base}/${r.owner}/${r.name}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: person(c.author),
      committer: person(c.committer),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
    },
    author: ghUser(c.author),
    committer: ghUser(c.committer),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${base}/${r.owner}/${r.name}/commit/${p}`,
    })),
  }
  if (c.files) {
    const files = c.files.map((f) => ({
      sha: f.sha ?? c.tree,
      filename: f.filename,
      status: f.status ?? 'modified',
      additions: f.additions ?? 1,
      deletions: f.deletions ?? 0,
      changes: (f.additions ?? 1) + (f.deletions ?? 0),
      blob_url: `${base}/${r.owner}/${r.name}/blob/${c.sha}/${f.filename}`,
      raw_url: `${base}/${r.owner}/${r.name}/raw/${c.sha}/${f.filename}`,
      contents_url: `${api}/contents/${f.filename}?ref=${c.sha}`,
    }))
    const additions = files.reduce((s, f) => s + f.additions, 0)
    const deletions = files.reduce((s, f) => s + f.deletions, 0)
    Object.assign(out, { files, stats: { additions, deletions, total: additions + deletions } })
  }
  return out
}

/** @param {Repo} r */
export function gitRef(
  r,
  /** @type {string} */ base,
  /** @type {string} */ ref,
  /** @type {{sha: string, type: string}} */ target,
) {
  const api = `${base}/repos/${r.owner}/${r.name}`
  const kind = target.type === 'tag' ? 'tags' : 'commits'
  return {
    ref,
    node_id: nodeId('Ref', `${r.id}:${ref}`),
    url: `${api}/git/${ref}`,
    object: { sha: target.sha, type: target.type, url: `${api}/git/${kind}/${target.sha}` },
  }
}

/** @param {Repo} r @param {import('./store.mjs').TagObject} t */
export function gitTag(r, /** @type {string} */ base, t) {
  const api = `${base}/repos/${r.owner}/${r.name}`
  return {
    node_id: nodeId('Tag', t.sha),
    tag: t.tag,
    sha: t.sha,
    url: `${api}/git/tags/${t.sha}`,
    message: t.message,
    tagger: { name: t.tagger.name, email: t.tagger.email, date: t.tagger.date },
    object: {
      type: t.object.type,
      sha: t.object.sha,
      url: `${api}/git/${t.object.type === 'tag' ? 'tags' : 'commits'}/${t.object.sha}`,
    },
    verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
  }
}

/** @param {Repo} r @param {import('./store.mjs').Asset} a */
export function asset(r, /** @type {string} */ base, a) {
  return {
    url: `${base}/repos/${r.owner}/${r.name}/releases/assets/${a.id}`,
    id: a.id,
    node_id: nodeId('ReleaseAsset', a.id),
    name: a.name,
    label: a.label,
    uploader: user(base, a.uploader),
    content_type: a.contentType,
    state: 'uploaded',
    size: a.size,
    digest: `sha256:${a.sha256}`,
    download_count: a.downloads,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
    browser_download_url: `${base}/${r.owner}/${r.name}/releases/download/${encodeURIComponent(a.tagPath ?? '')}/${encodeURIComponent(a.name)}`,
  }
}

/** @param {Repo} r @param {import('./store.mjs').Release} rel */
export function release(r, /** @type {string} */ base, rel) {
  const api = `${base}/repos/${r.owner}/${r.name}`
  const tagPath = rel.draft ? `untagged-${rel.untaggedId}` : rel.tagName
  return {
    url: `${api}/releases/${rel.id}`,
    html_url: `${base}/${r.owner}/${r.name}/releases/tag/${encodeURIComponent(tagPath)}`,
    assets_url: `${api}/releases/${rel.id}/assets`,
    upload_url: `${api}/releases/${rel.id}/assets{?name,label}`,
    tarball_url: rel.draft ? null : `${api}/tarball/${rel.tagName}`,
    zipball_url: rel.draft ? null : `${api}/zipball/${rel.tagName}`,
    id: rel.id,
    node_id: nodeId('Release', rel.id),
    tag_name: rel.tagName,
    target_commitish: rel.targetCommitish,
    name: rel.name,
    body: rel.body,
    draft: rel.draft,
    prerelease: rel.prerelease,
    immutable: false,
    created_at: rel.createdAt,
    published_at: rel.publishedAt,
    updated_at: rel.updatedAt,
    author: user(base, rel.author),
    assets: [...rel.assets.values()].map((a) => asset(r, base, { ...a, tagPath })),
  }
}

/** @param {Repo} r @param {import('./store.mjs').Pull} p */
export function pull(r, /** @type {string} */ base, p, full = false) {
  const api = `${base}/repos/${r.owner}/${r.name}`
  const html = `${base}/${r.owner}/${r.name}/pull/${p.number}`
  const repoObj = repository(r, base)
  const side = (/** @type {{ref: string, sha: string}} */ s) => ({
    label: `${r.owner}:${s.ref}`,
    ref: s.ref,
    sha: s.sha,
    user: user(base, r.owner),
    repo: repoObj,
  })
  const link = (/** @type {string} */ href) => ({ href })
  const out = {
    url: `${api}/pulls/${p.number}`,
    id: p.id,
    node_id: nodeId('PullRequest', p.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${p.number}`,
    commits_url: `${api}/pulls/${p.number}/commits`,
    review_comments_url: `${api}/pulls/${p.number}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${p.number}/comments`,
    statuses_url: `${api}/statuses/${p.head.sha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: user(base, p.user),
    body: p.body,
    labels: p.labels.map((name) => label(r, base, name, 'ededed', '')),
    milestone: null,
    active_lock_reason: null,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.closedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(p.head),
    base: side(p.base),
    author_association: 'MEMBER',
    auto_merge: null,
    draft: false,
    _links: {
      self: link(`${api}/pulls/${p.number}`),
      html: link(html),
      issue: link(`${api}/issues/${p.number}`),
      comments: link(`${api}/issues/${p.number}/comments`),
      review_comments: link(`${api}/pulls/${p.number}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${api}/pulls/${p.number}/commits`),
      statuses: link(`${api}/statuses/${p.head.sha}`),
    },
  }
  if (full) {
    Object.assign(out, {
      merged: p.mergedAt !== null,
      mergeable: p.state === 'open' ? true : null,
      mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
      merged_by: p.mergedAt ? user(base, p.mergedBy ?? p.user) : null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: p.commits.length,
      additions: 0,
      deletions: 0,
      changed_files: 0,
    })
  }
  return out
}

/** @param {Repo} r */
export function label(
  r,
  /** @type {string} */ base,
  /** @type {string} */ name,
  color = 'ededed',
  /** @type {string | null} */ description = null,
) {
  let id = 0
  for (const ch of name) id = (id * 33 + ch.charCodeAt(0)) % 100_000_000
  return {
    id,
    node_id: nodeId('Label', id),
    url: `${base}/repos/${r.owner}/${r.name}/labels/${encodeURIComponent(name)}`,
    name,
    description,
    color,
    default: false,
  }
}
