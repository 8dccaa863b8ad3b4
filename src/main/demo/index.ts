export { buildDemoDocument, type DemoOptions } from './build-demo'
