/* The workbench's service worker: on install it keeps every file of the build (the list and the cache name are
   filled in by webpack.config.js), then answers the page's requests from that copy, so the workbench opens and runs
   offline and nothing goes over the network once it has loaded. A new build has a new cache name; old ones go. */
const CACHE = "__CACHE_NAME__";
const FILES = [/* __FILE_LIST__ */];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith("ledger-workbench-") && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request))),
  );
});
