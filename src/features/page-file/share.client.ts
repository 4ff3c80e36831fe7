/**
 * The Share button's work, loaded on its first press (by the copy-link script, which shows the
 * button: see PageFile.astro), so that pages carry only the few bytes that show it. Fetches the
 * page's file once and shares it where the phone can share files, the page's address
 * otherwise; shares again on every later press. A cancelled share (AbortError) or a refused one
 * changes nothing on the page. The file stays in memory for a second press, which a phone may
 * need if the first took too long to fetch it.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-page-file]')!;
/** The file's readable name: the end of its address. */
const name = link.pathname.split('/').pop()!;
let file: File | void;

async function share() {
  file ??= await fetch(link.href)
    .then((response) => response.blob())
    .then((body) => new File([body], name, { type: 'text/html' }))
    .catch(() => {});
  const title = document.title;
  await navigator
    .share(
      file && navigator.canShare?.({ files: [file] })
        ? { files: [file], title }
        : { url: location.origin + location.pathname, title },
    )
    .catch(() => {});
}

link.nextElementSibling!.addEventListener('click', share);
// The press that loaded this.
share();

export {};
