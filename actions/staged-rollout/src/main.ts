import { readString, setOutputs, Summary } from '@shipline/core'

export async function main(): Promise<void> {
  readString('token')
  setOutputs({ result: 'skeleton' })
  new Summary().heading('Shipline skeleton').write()
}
