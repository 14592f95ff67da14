import { article, type SupportArticle } from './support-article';

/** Articles about reaching the support team. */
export const contactArticles: readonly SupportArticle[] = [
  article({
    slug: 'contact-us',
    title: 'How to contact Parcelwise support',
    category: 'Contact',
    tags: [
      'contact',
      'phone',
      'email',
      'live chat',
      'opening hours',
      'speak to a person',
      'human',
      'agent',
      'complaint',
    ],
    questions: [
      'how do I talk to someone',
      'customer service email address',
      'is there a live chat',
      'when is your support team available',
      'call customer support',
      'can I speak to a manager',
      'who do I complain to',
    ],
    body: `Our support team is happy to help with anything these articles do not answer.

- Live chat: in the app or on our website, Monday to Saturday 8:00 to 20:00 and Sunday 10:00 to 16:00.
- Phone: 0330 010 2040, same hours as live chat. Calls cost the same as a local call.
- Email: help@parcelwise.example. We reply within 1 working day.

Parcelwise Plus members have a priority phone line, shown in Account > Membership, with shorter waiting times.

To help us answer quickly, have your order number ready. It starts with PW and is in your order confirmation email and in Orders. For a damaged or faulty item, photos help us sort it out in one go.

If you are not happy with how we handled a problem, reply to any of our emails and ask for it to be reviewed as a complaint. A team leader will look at it and reply within 5 working days. If we cannot agree, you can refer the complaint to the independent ombudsman named in our terms and conditions.

We are closed on Christmas Day, Boxing Day and New Year's Day. On other bank holidays live chat and phone are open from 10:00 to 16:00.`,
  }),
];
