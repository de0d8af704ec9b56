import { checkContent } from './lib/check';
import { siteFolders } from './lib/site-model';
const t = Date.now();
const v = checkContent(siteFolders('/work/main/.bench-build/p300'), { CONTENT_DIR: undefined });
console.log('check ms', Date.now() - t, v.ok);
