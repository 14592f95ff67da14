/**
 * A long support reply in markdown (headings, paragraphs with emphasis and links, lists, a table,
 * quotes and fenced code), repeated with numbered sections until it reaches `size` characters.
 */
export function buildMarkdownReply(size = 100 * 1024): string {
  const sections: string[] = [];
  for (let index = 1; sections.join('').length < size; index++) {
    sections.push(
      [
        `## Step ${index}: check the order`,
        `Open **Orders** and pick order *#${1000 + index}*. The [help page](https://example.com/help/${index}) explains each status; a parcel marked \`shipped\` left the depot and should arrive within two working days.`,
        `- Tracking updates every few hours\n- A missed delivery is retried the next day\n  - up to three times\n  - then it goes back to the depot\n- You can change the slot from the tracking page`,
        `| Status | Meaning | Next step |\n| --- | --- | --- |\n| shipped | on its way | wait |\n| held | at the depot | collect it |\n| returned | back with us | ask for a refund |`,
        `> If the parcel is late by more than ${(index % 5) + 3} days, contact us and we will send a replacement or refund it.`,
        `\`\`\`ts\nconst order = await orders.get('${1000 + index}');\nif (order.status === 'held') notify(order.customer, 'Your parcel is at the depot.');\n\`\`\``,
        `1. Sign in\n2. Open the order\n3. Choose **Return**, then the reason\n\n`,
      ].join('\n\n'),
    );
  }
  return sections.join('').slice(0, size);
}
