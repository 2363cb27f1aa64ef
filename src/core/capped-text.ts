/** The most a fetched document may weigh, in characters (10 MB): a charter of 2,000 promises, indented, is about 1.3 MB. */
export const DOCUMENT_MAX_LENGTH = 10 * 2 ** 20;

/**
 * A response's body as text, or undefined once it passes `maxLength` characters: the rest is
 * never read, so an endless or enormous answer cannot fill the page's memory.
 */
export async function cappedText(response: Response, maxLength: number): Promise<string | undefined> {
  let text = '';
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  for (let part; reader && !(part = await reader.read()).done;)
    if ((text += part.value).length > maxLength) return void reader.cancel();
  return text;
}
