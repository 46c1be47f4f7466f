// Resolve hook so plain Node 24 can run this repo's TypeScript (the demo and scripts): a relative `./x.js`
// import that has no .js file resolves to `./x.ts`, as TypeScript's NodeNext resolution and jest's mapper do.
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context)
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && /^(\.{1,2}\/|\/).*\.js$/.test(specifier)) {
      return nextResolve(specifier.replace(/\.js$/, '.ts'), context)
    }
    throw error
  }
}
