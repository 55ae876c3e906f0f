#include "groundwork/platform/notifier.h"

namespace groundwork::platform {

namespace {

// Where no notification back end is written yet, the reminder shows nothing (and the app says
// nothing either: the reminder is a courtesy, not something the learner depends on).
class SilentNotifier final : public Notifier
{
public:
    using Notifier::Notifier;
    void show(const QString &, const QString &, const QString &) override {}
};

} // namespace

std::unique_ptr<Notifier> createNotifier(QObject *parent)
{
    return std::make_unique<SilentNotifier>(parent);
}

} // namespace groundwork::platform
