// The type of lib/dev/content-stamp.js, a file that lib/dev/content-watch.ts writes (it is not in
// git): `next dev` re-renders the open page when a module it imports changes, and the content
// watcher rewrites this one on every save under content/.
/** When the content last changed (ms since the epoch; 0 outside `next dev`). */
export declare const contentStamp: number;
