import { article, type SupportArticle } from './support-article';

/** Articles about problems with the Parcelwise app. */
export const appArticles: readonly SupportArticle[] = [
  article({
    slug: 'app-crashes-or-will-not-load',
    title: 'The app crashes or will not load',
    category: 'App troubleshooting',
    tags: ['app', 'crash', 'freezes', 'not loading', 'blank screen', 'update', 'clear cache'],
    questions: [
      'the app closes as soon as I open it',
      'app stuck on the loading screen',
      'app not working after the update',
      'the app is really slow',
      "app won't start on my phone",
    ],
    body: `If the Parcelwise app closes on its own, freezes or shows a blank screen, these steps fix most problems. Try them in order and test the app after each one.

1. Check that you are connected to the internet, for example by opening a website.
2. Close the app completely and open it again.
3. Update the app from the App Store or Google Play.
4. Restart your phone.
5. Clear the app's cache on Android, or offload the app on iPhone.
6. Delete the app and install it again. Your basket, orders and favourites are saved in your account, so nothing is lost.

The app works on iPhones with iOS 16 or later and on Android phones with Android 10 or later. On older phones, please use our website in the phone's browser instead; it has all the same features.

If the app still crashes, contact us and tell us your phone model, its system version and the app version, which you can find in Account > About this app.

## Technical details

On Android, clear the cache in Settings > Apps > Parcelwise > Storage > Clear cache; do not choose Clear storage unless you want to sign in again. On iPhone, go to Settings > General > iPhone Storage > Parcelwise > Offload App, then reinstall it, which keeps your settings. Versions older than 6.0 are no longer supported and show error APP-426 until updated. APP-503 means planned maintenance, NET-001 means no connection, and AUTH-401 means your session expired.`,
  }),
  article({
    slug: 'app-notifications',
    title: 'Not getting notifications from the app',
    category: 'App troubleshooting',
    tags: ['notifications', 'push', 'alerts', 'app', 'delivery updates', 'not receiving'],
    questions: [
      "I don't get alerts on my phone",
      'turn off app notifications',
      'no push messages about my delivery',
      'how do I get delivery alerts',
      'notifications stopped working',
    ],
    body: `The app can notify you when your order is dispatched, when it is out for delivery, and when a return is refunded. If those notifications are not arriving, check the settings in two places: in the app and on your phone.

In the app, go to Account > Notifications and make sure Order updates is switched on. Offers and Back in stock alerts have their own switches, so you can keep order updates and turn off marketing.

On your phone, allow notifications for Parcelwise:

- iPhone: Settings > Notifications > Parcelwise > Allow Notifications. Also check that a Focus mode, such as Sleep or Work, is not silencing the app.
- Android: Settings > Apps > Parcelwise > Notifications, and make sure they are allowed.

Some Android phones stop apps in the background to save battery, which also stops notifications. If that happens, set battery use for Parcelwise to Unrestricted, or turn off battery optimisation for it.

Notifications only go to the phone where you are signed in, and only to the account you are signed in with. If you have signed out or reinstalled the app, open it and sign in again. You will always get dispatch and delivery updates by email too, whatever your notification settings are.`,
  }),
];
