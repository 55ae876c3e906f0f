#include "groundwork/platform/notifier.h"

#import <UserNotifications/UserNotifications.h>

// The reminder on iOS through the user notification centre. The first reminder asks the learner
// for permission (they turned the reminder on themselves in Settings, so the question comes at
// the moment it makes sense); a tap on it brings the app forward and reports activated().
// Not built on Linux.

namespace groundwork::platform {
class IosNotifier;
}

@interface GroundworkNotificationDelegate : NSObject <UNUserNotificationCenterDelegate>
@property(nonatomic, assign) groundwork::platform::IosNotifier *notifier;
@end

namespace groundwork::platform {

namespace {
NSString *const kReminderId = @"org.groundwork.Groundwork.reminder";
} // namespace

class IosNotifier final : public Notifier
{
public:
    explicit IosNotifier(QObject *parent) : Notifier(parent)
    {
        m_delegate = [[GroundworkNotificationDelegate alloc] init];
        m_delegate.notifier = this;
        [UNUserNotificationCenter currentNotificationCenter].delegate = m_delegate;
    }

    ~IosNotifier() override
    {
        [UNUserNotificationCenter currentNotificationCenter].delegate = nil;
        m_delegate.notifier = nullptr;
        [m_delegate release];
    }

    void show(const QString &title, const QString &body, const QString &) override
    {
        UNMutableNotificationContent *content =
            [[[UNMutableNotificationContent alloc] init] autorelease];
        content.title = title.toNSString();
        content.body = body.toNSString();
        content.sound = nil; // gentle: no sound
        // The same identifier replaces the previous reminder instead of stacking another.
        UNNotificationRequest *request = [UNNotificationRequest requestWithIdentifier:kReminderId
                                                                              content:content
                                                                              trigger:nil];
        UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
        [center requestAuthorizationWithOptions:UNAuthorizationOptionAlert
                              completionHandler:^(BOOL granted, NSError *) {
                                if (granted)
                                    [center addNotificationRequest:request
                                             withCompletionHandler:nil];
                              }];
    }

    void tapped() { emit activated(); }

private:
    GroundworkNotificationDelegate *m_delegate = nil;
};

std::unique_ptr<Notifier> createNotifier(QObject *parent)
{
    return std::make_unique<IosNotifier>(parent);
}

} // namespace groundwork::platform

@implementation GroundworkNotificationDelegate
- (void)userNotificationCenter:(UNUserNotificationCenter *)center
    didReceiveNotificationResponse:(UNNotificationResponse *)response
             withCompletionHandler:(void (^)(void))completionHandler
{
    Q_UNUSED(center);
    if (self.notifier &&
        [response.notification.request.identifier
            isEqualToString:@"org.groundwork.Groundwork.reminder"] &&
        [response.actionIdentifier isEqualToString:UNNotificationDefaultActionIdentifier]) {
        // Delivered on the main thread, which is Qt's on iOS.
        self.notifier->tapped();
    }
    completionHandler();
}

// While the app is open the learner is already practising: nothing is shown then.
- (void)userNotificationCenter:(UNUserNotificationCenter *)center
       willPresentNotification:(UNNotification *)notification
         withCompletionHandler:(void (^)(UNNotificationPresentationOptions))completionHandler
{
    Q_UNUSED(center);
    Q_UNUSED(notification);
    completionHandler(UNNotificationPresentationOptionNone);
}
@end
