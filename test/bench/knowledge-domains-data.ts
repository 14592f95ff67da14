// A sixth set for the knowledge-base evaluation, written on 2026-11-29 at the start of the fifth
// round, before any of its changes, and measured on the code as it was: two more domains' help
// centres (a university IT service desk and a veterinary practice), with questions worded the way
// students and pet owners write, and off-topic questions, some in the base's own words. They say
// whether a change to retrieval holds on somebody else's articles.
import type { KnowledgeDocument } from '@attune/core/offline';
import { type AnsweredQuestion, answeredBy } from './knowledge-data';

/** The IT service desk of Northfield University. */
export const itDeskDocuments: readonly KnowledgeDocument[] = [
  {
    id: 'eduroam-wifi',
    title: 'Connecting to eduroam Wi-Fi',
    tags: ['wifi', 'eduroam', 'wireless'],
    body: `Eduroam is the university's wireless network. Sign in with your full university email address and your university password. The first time you connect, accept the certificate for radius.northfield.ac.uk.

Visitors who do not have an eduroam account can use the UniGuest network: ask at any library or reception desk for a guest code, which is valid for 24 hours.`,
  },
  {
    id: 'university-password',
    title: 'Changing or resetting your university password',
    tags: ['password', 'account', 'locked'],
    body: `Your password expires every 365 days; we email you two weeks before. Change it at password.northfield.ac.uk while you still know it.

If you have forgotten it, choose Reset on the same page and enter the code we text to your registered mobile number. After 10 wrong attempts your account is locked for 30 minutes.`,
  },
  {
    id: 'multi-factor',
    title: 'Multi-factor authentication (MFA)',
    tags: ['mfa', 'authenticator', 'verification'],
    body: `Every university account is protected by multi-factor authentication: after your password you approve the sign-in in the Microsoft Authenticator app.

Before you change phones, add the new phone at aka.ms/mfasetup while you still have the old one. If your phone is lost or stolen, bring your student or staff card to the Service Desk and we reset your verification methods.`,
  },
  {
    id: 'printing',
    title: 'Printing on campus',
    tags: ['printing', 'print credit', 'printers'],
    body: `Send your document to the FollowMe queue from any university computer or from your own laptop at print.northfield.ac.uk, then tap your card on any printer to release it. Jobs are kept for 24 hours.

Black and white costs 5p a page and colour 20p a page. Top up your print credit online with a debit card; credit does not expire while you are at the university.`,
  },
  {
    id: 'free-software',
    title: 'Free software for students and staff',
    tags: ['software', 'microsoft 365', 'office'],
    body: `Students and staff can install Microsoft 365 (Word, Excel, PowerPoint and Teams) on up to 5 personal devices: sign in at office.com with your university account.

Specialist software such as SPSS, MATLAB and NVivo is available from the Software Hub, on campus computers and for home use. Licences end when you leave the university.`,
  },
  {
    id: 'email-and-storage',
    title: 'Email and OneDrive storage',
    tags: ['email', 'onedrive', 'storage', 'graduation'],
    body: `Your university mailbox holds 100 GB and your OneDrive 1 TB.

When you graduate or leave, your account stays open for 90 days and is then deleted with all its email and files. Forward anything you want to keep, or download your files from OneDrive, before then.`,
  },
  {
    id: 'laptop-loans',
    title: 'Borrowing a laptop',
    tags: ['laptop', 'loan'],
    body: `Laptops can be borrowed from the self-service lockers in the Main Library for up to 4 hours with your student card. They come with all the campus software installed.

Return the laptop to any locker. Late returns are charged at £1 per hour, and your borrowing is suspended after three late returns.`,
  },
  {
    id: 'phishing',
    title: 'Reporting a suspicious email',
    tags: ['phishing', 'scam', 'security'],
    body: `We never ask for your password by email. If a message looks suspicious, use the Report button in Outlook and delete it; do not click any links or open attachments.

If you already entered your password on a page you reached from such an email, change your password straight away and call the Service Desk on 01632 960 123, so that we can check your account.`,
  },
];

/** Questions for the IT service desk base, each with the document ids that answer it. */
export const itDeskQuestions: readonly AnsweredQuestion[] = answeredBy([
  ["my laptop won't connect to the campus wifi", 'eduroam-wifi'],
  ['what username do I use for eduroam', 'eduroam-wifi'],
  ['my parents are visiting, can they get online?', 'eduroam-wifi'],
  ['I forgot my uni password', 'university-password'],
  ['it says my account is locked', 'university-password'],
  ["I got a new phone and now I can't approve sign-ins", 'multi-factor'],
  ['how do I print my dissertation', 'printing'],
  ['how much is colour printing', 'printing'],
  ['my print credit ran out', 'printing'],
  ['do students get Word for free?', 'free-software'],
  ['where can I download SPSS', 'free-software'],
  ['what happens to my emails when I graduate', 'email-and-storage'],
  ['how much space do I get on OneDrive', 'email-and-storage'],
  ['can I borrow a laptop for the afternoon', 'laptop-loans'],
  ['I think I clicked a dodgy link in an email', 'phishing'],
  ['got a weird email asking for my password, is it real?', 'phishing'],
]);

/** Questions the IT service desk base does not answer, some in its own words. */
export const itDeskOffTopicQuestions: readonly string[] = [
  'how do I apply for student finance',
  'can you fix my cracked iPhone screen',
  'how do I change modules on my course',
  "what's the wifi password at Starbucks",
  'when does the summer term start',
  'recommend a good laptop for engineering students',
];

/** The help pages of Oakway Veterinary Practice. */
export const vetDocuments: readonly KnowledgeDocument[] = [
  {
    id: 'appointments',
    title: 'Booking and cancelling appointments',
    tags: ['appointment', 'booking', 'cancel'],
    body: `Book an appointment online or call reception on 01632 960 456, Monday to Saturday from 8:00 to 19:00.

If you cannot come, please cancel at least 24 hours before. Appointments missed without notice are charged a £20 fee.`,
  },
  {
    id: 'emergencies',
    title: 'Emergencies and out-of-hours care',
    tags: ['emergency', 'out of hours', 'night'],
    body: `When we are closed, call our usual number and you are put through to the VetsNow emergency clinic on Harbour Road, open all night, at weekends and on bank holidays.

Call straight away if your pet has difficulty breathing, collapses, is bleeding heavily, or may have eaten something poisonous such as lilies, chocolate, grapes or rat poison.`,
  },
  {
    id: 'vaccinations',
    title: 'Vaccinations and boosters',
    tags: ['vaccination', 'booster', 'puppy', 'kitten'],
    body: `Puppies and kittens have their first course of vaccinations at 8 and 12 weeks old, and can go outside one week after the second.

After that, dogs and cats need a booster every year to stay protected. We send you a reminder by text a month before it is due.`,
  },
  {
    id: 'health-club',
    title: 'Pet Health Club',
    tags: ['health plan', 'monthly', 'flea', 'worming'],
    body: `The Pet Health Club spreads the cost of routine care: £14.50 a month for a cat and £17 a month for a dog, paid by Direct Debit.

It includes the yearly booster and health check, flea and worm treatment all year round, two nurse clinics, and 10% off any other treatment, food and medicines.`,
  },
  {
    id: 'neutering',
    title: 'Neutering your pet',
    tags: ['neutering', 'surgery'],
    body: `We neuter cats from 4 months old and dogs from 6 months old. Drop your pet off at 8:00 on the day of the operation; most go home the same afternoon.

Do not give any food after 20:00 the evening before; water is fine. Your pet needs a check-up 3 days after the operation, included in the price.`,
  },
  {
    id: 'prescriptions',
    title: 'Repeat prescriptions',
    tags: ['prescription', 'medication', 'repeat'],
    body: `Order repeat medication online at least 48 hours before you need it, and collect it from reception.

By law a vet must examine your pet at least every 6 months to keep prescribing. If you prefer to buy medicines from an online pharmacy, we can give you a written prescription for £18.`,
  },
  {
    id: 'insurance-claims',
    title: 'Pet insurance claims',
    tags: ['insurance', 'claim'],
    body: `Send us your insurer's claim form and we complete the vet's section within 5 working days. We charge a £10 admin fee per claim.

For treatment over £300 we can claim directly from most major insurers, so that you pay only your excess. Ask at reception before treatment starts.`,
  },
  {
    id: 'microchipping',
    title: 'Microchipping',
    tags: ['microchip', 'chip'],
    body: `Microchipping costs £15 and takes a few seconds. By law dogs must be microchipped by 8 weeks old and cats by 20 weeks old.

The chip is only useful if your details are up to date: when you move or change your phone number, update them yourself on the database the chip is registered with.`,
  },
];

/** Questions for the veterinary practice base, each with the document ids that answer it. */
export const vetQuestions: readonly AnsweredQuestion[] = answeredBy([
  ['I need to bring my dog in, how do I make an appointment', 'appointments'],
  ["will I be charged if I can't make it tomorrow", 'appointments'],
  ["my cat has eaten a lily, what do I do? it's 11pm", 'emergencies'],
  ['my dog is struggling to breathe', 'emergencies'],
  ['when does my puppy need his jabs', 'vaccinations'],
  ['how often does a cat need a booster', 'vaccinations', 'health-club'],
  ['is there a monthly payment plan for flea treatment', 'health-club'],
  ['what does the health club cost for a dog', 'health-club'],
  ['when can I get my kitten spayed', 'neutering'],
  ['can my dog have breakfast before he gets castrated', 'neutering'],
  ["I need more of my dog's arthritis tablets", 'prescriptions'],
  ['can I buy his medicine cheaper online', 'prescriptions'],
  ['will you fill in my insurance form', 'insurance-claims'],
  ['do you claim directly from Petplan', 'insurance-claims'],
  ['does my new kitten need to be chipped', 'microchipping'],
  ["I moved house, how do I update my dog's chip", 'microchipping'],
]);

/** Questions the veterinary practice base does not answer, some in its own words. */
export const vetOffTopicQuestions: readonly string[] = [
  "what's the best dry food for an older cat",
  'can you recommend a dog groomer',
  'how do I stop my dog barking at the postman',
  "how do I book a doctor's appointment for myself",
  'my car insurance is due, who is cheapest',
  'how do I train my puppy to sit',
];
