import { article, type SupportArticle } from './support-article';

/** Articles about signing in and keeping an account secure. */
export const accountArticles: readonly SupportArticle[] = [
  article({
    slug: 'reset-your-password',
    title: 'Resetting your password',
    category: 'Account & security',
    tags: ['password', 'forgot password', 'reset', 'sign in', 'login', 'reset link'],
    questions: [
      "I've forgotten my password",
      'password reset email never arrived',
      'how to set a new password',
      "my password isn't accepted",
      'change my password',
      "I can't get into the email address on my account any more",
      'my old email account is closed, how do I reset my password',
    ],
    body: `If you have forgotten your password, you can set a new one in a couple of minutes.

1. On the sign-in page, choose Forgot password.
2. Enter the email address you use for Parcelwise.
3. Open the email we send you and select Reset password.
4. Choose a new password and sign in with it.

The reset link works once and expires after 60 minutes. If it has expired, simply ask for a new one. If the email does not arrive within 10 minutes, check your spam or junk folder and make sure you typed the address you registered with.

Your new password must be at least 12 characters long. We recommend a short phrase of unrelated words, which is easier to remember and harder to guess than a single word with symbols. After a reset we sign you out on all your other devices, so you will need to sign in again in the app.

If you no longer have access to the email address on your account, contact us. We will check your identity with details of a recent order before changing the address.

## Technical details

Reset links are single-use tokens valid for 60 minutes; requesting a new link invalidates the previous one. You can request at most 5 reset emails per hour. Passwords are checked against known breached passwords and rejected with the error AUTH-422 if they appear in a breach. A successful reset ends all active sessions and revokes the app's refresh tokens.`,
  }),
  article({
    slug: 'two-step-verification',
    title: 'Setting up two-step verification',
    category: 'Account & security',
    tags: [
      '2fa',
      'two-factor',
      'two-step verification',
      'authenticator',
      'security code',
      'backup codes',
      'sms',
    ],
    questions: [
      'how do I turn on 2FA',
      "I'm not receiving my login code",
      'use an authenticator app to sign in',
      'new phone, verification codes go to my old one',
      'backup codes for my account',
    ],
    body: `Two-step verification protects your account even if someone learns your password. After you sign in with your password, we ask for a code from your phone as well.

To turn it on:

1. Go to Account > Security > Two-step verification.
2. Choose Authenticator app or Text message.
3. Scan the QR code with your authenticator app, or enter your mobile number.
4. Type the 6-digit code you see or receive to confirm.
5. Save your backup codes somewhere safe.

We recommend an authenticator app, such as Google Authenticator or Microsoft Authenticator, because text messages can be delayed or intercepted. You get 10 backup codes; each works once and lets you sign in if you lose your phone. You can create a new set at any time, which cancels the old ones.

Tick Remember this device when you sign in on your own computer or phone, and we will not ask for a code there for 30 days.

## Technical details

Authenticator codes are standard TOTP codes: 6 digits, a new one every 30 seconds, and we accept the previous and next code to allow for clock drift. Text messages come from the sender PARCELWISE. After 5 wrong codes in a row, two-step sign-in is blocked for 15 minutes and the app shows error AUTH-429.`,
  }),
  article({
    slug: 'cannot-sign-in',
    title: 'My account is locked or I cannot sign in',
    category: 'Account & security',
    tags: ['locked', 'cannot sign in', 'login problem', 'account locked', 'suspicious activity'],
    questions: [
      "I can't get into my account",
      'it says my account is blocked',
      'too many login attempts',
      'sign in keeps failing',
      "my login doesn't work",
      'I created my account with Apple or Google, and it wants a password I never set',
    ],
    body: `For your protection, we lock an account for 15 minutes after 5 wrong passwords in a row. You do not need to do anything: wait 15 minutes and try again, or reset your password straight away with Forgot password, which also unlocks the account.

If you cannot sign in for another reason, check these first:

- Make sure you are using the email address you registered with. Many people have more than one.
- Check that Caps Lock is off, as passwords are case sensitive.
- If you signed up with Apple or Google, use the Continue with Apple or Continue with Google button instead of a password.
- In the app, make sure you have the latest version.

If we see activity that looks like someone else using your account, for example a sign-in from a new country followed by a change of delivery address, we suspend the account and email you. In that case, reset your password using the link in that email and review your recent orders. Contact us if you see anything you do not recognise, and we will cancel it.

## Technical details

The app shows AUTH-423 while an account is locked and AUTH-401 when a session has expired, which just means you need to sign in again. Sessions last 90 days on the app and 30 days on the website when you tick Keep me signed in.`,
  }),
  article({
    slug: 'change-email-or-details',
    title: 'Changing your email address or account details',
    category: 'Account & security',
    tags: [
      'email address',
      'change email',
      'name',
      'phone number',
      'address book',
      'personal details',
      'surname',
    ],
    questions: [
      'update my mobile number',
      'change the name on my account',
      'edit my saved addresses',
      'use a different email for my account',
      'my details are wrong',
      'I got married and need to change my surname',
    ],
    body: `You can change most of your details yourself in Account > Personal details. This includes your name, email address and phone number.

To change your email address, enter the new address and your current password, then open the confirmation link we send to the new address. The link is valid for 24 hours. Until you confirm it, your old address keeps working. We also send a notice to your old address, so you will know if anyone else tries to change it.

Delivery addresses are kept in Account > Address book, where you can save up to 10 addresses and choose a default. Changing an address in the address book does not change orders that have already been placed. To change the address on a current order, see our article on changing or cancelling an order.

You cannot merge two Parcelwise accounts, but we can move a Parcelwise Plus membership or a gift card balance from one account to another. Contact us from the email address of the account that holds it.

If you share a household, each person can have their own account. Parcelwise Plus benefits belong to one account and cannot be shared.`,
  }),
];
