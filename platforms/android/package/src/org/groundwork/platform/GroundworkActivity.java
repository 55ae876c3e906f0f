// Qt's activity, plus one thing: a tap on the reminder (ReminderNotifications) while the app is
// running arrives here as a new intent, and is passed on to the C++ notifier.
package org.groundwork.platform;

import android.content.Intent;

import org.qtproject.qt.android.bindings.QtActivity;

public class GroundworkActivity extends QtActivity
{
    private static native void reminderTapped();

    @Override
    protected void onNewIntent(Intent intent)
    {
        super.onNewIntent(intent);
        if (!ReminderNotifications.OPEN_TODAY.equals(intent.getStringExtra(ReminderNotifications.EXTRA_OPEN)))
            return;
        try {
            reminderTapped();
        } catch (UnsatisfiedLinkError notYet) {
            // A reminder from an earlier run, before this run made its notifier: the app comes
            // forward, and there is no notifier to tell.
        }
    }
}
