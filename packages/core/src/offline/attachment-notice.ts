/**
 * What the offline model says about files it was sent: it cannot open them, so it says so
 * politely, and asks for the question in words when the message had none.
 */
export function attachmentNotice(count: number, asked: boolean): string {
  const files = count === 1 ? 'the file you attached' : `the ${count} files you attached`;
  const notice = `I'm sorry, I can't open attachments here, so I haven't read ${files}.`;
  return asked
    ? notice
    : `${notice} Could you tell me in a few words what you need help with? I'll answer from our help articles.`;
}
