// The one jsdom call the summary checker makes (a window for mermaid's DOMPurify). @types/jsdom is not used: it pulls
// undici-types 8, whose global fetch types clash with @types/node 24's.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string)
    readonly window: object
  }
}
