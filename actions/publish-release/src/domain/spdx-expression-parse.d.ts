/** Types for spdx-expression-parse (it ships none): the parse tree of an SPDX licence expression. */
declare module 'spdx-expression-parse' {
  type Node = { license: string; plus?: boolean; exception?: string } | { left: Node; conjunction: 'and' | 'or'; right: Node }
  export default function parse(expression: string): Node
}
