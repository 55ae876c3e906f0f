// The gentle reminder on Android: one notification on a "Reminders" channel, replaced rather than
// stacked, which opens the app on Today when tapped (GroundworkActivity passes the tap on). The
// C++ side is platforms/android/notifier_android.cpp.
package org.groundwork.platform;

import android.app.Activity;
import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.pm.PackageManager;
import android.os.Build;

public class ReminderNotifications
{
    public static final String EXTRA_OPEN = "org.groundwork.open";
    public static final String OPEN_TODAY = "today";
    private static final String CHANNEL = "reminders";
    private static final int NOTIFICATION_ID = 1;
    private static final int PERMISSION_REQUEST = 7301;
    private static final String POST_NOTIFICATIONS = "android.permission.POST_NOTIFICATIONS";

    public static void show(Activity activity, String title, String body, String channelName)
    {
        // Android 13 asks the learner first; they turned the reminder on, so now is the moment.
        // This reminder may go unseen while the question is open; the next one is shown.
        if (Build.VERSION.SDK_INT >= 33
                && activity.checkSelfPermission(POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED) {
            activity.requestPermissions(new String[] { POST_NOTIFICATIONS }, PERMISSION_REQUEST);
            return;
        }
        NotificationManager manager =
                (NotificationManager) activity.getSystemService(Context.NOTIFICATION_SERVICE);
        Notification.Builder builder;
        if (Build.VERSION.SDK_INT >= 26) {
            // Default importance: shown in the shade, no sound-less heads-up interruption.
            manager.createNotificationChannel(new NotificationChannel(
                    CHANNEL, channelName, NotificationManager.IMPORTANCE_DEFAULT));
            builder = new Notification.Builder(activity, CHANNEL);
        } else {
            builder = new Notification.Builder(activity);
        }
        Intent open = new Intent(activity, GroundworkActivity.class)
                .putExtra(EXTRA_OPEN, OPEN_TODAY)
                .addFlags(Intent.FLAG_ACTIVITY_SINGLE_TOP);
        PendingIntent tap = PendingIntent.getActivity(activity, 0, open,
                PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
        builder.setSmallIcon(activity.getApplicationInfo().icon)
                .setContentTitle(title)
                .setContentText(body)
                .setContentIntent(tap)
                .setAutoCancel(true);
        manager.notify(NOTIFICATION_ID, builder.build());
    }
}
