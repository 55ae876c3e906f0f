#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <memory>
#include <optional>

class QSettings;

namespace groundwork::core {

// Device-local settings: how the app looks and sounds on this device, and a few choices made
// before there is anything to record (first run, invite code). They are not learner events
// and never sync.
//
// Preferences is the interface screens bind to; storage is left to a subclass
// (SettingsPreferences on disk, MemoryPreferences in tests). Every setter checks and clamps its
// value, writes it through at once, and emits the property's change signal only when the value
// really changed.
class Preferences : public QObject
{
    Q_OBJECT
    // The colour theme; System follows the device
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    // Multiplies every text size; minTextScale .. maxTextScale
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(double minTextScale MEMBER kMinTextScale CONSTANT)
    Q_PROPERTY(double maxTextScale MEMBER kMaxTextScale CONSTANT)
    // Default narration speed, one of narrationRates
    Q_PROPERTY(double narrationRate READ narrationRate WRITE setNarrationRate NOTIFY narrationRateChanged)
    // The narration speeds offered, slowest first
    Q_PROPERTY(QList<double> narrationRates READ narrationRates CONSTANT)
    // One of languages: "system" or a language code
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // "system", then every language the app is translated into
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    // The track Today draws from
    Q_PROPERTY(QString trackId READ trackId WRITE setTrackId NOTIFY trackIdChanged)
    // The role the readiness profile is measured against; empty: the pack's first role
    Q_PROPERTY(QString roleId READ roleId WRITE setRoleId NOTIFY roleIdChanged)
    Q_PROPERTY(bool firstRunDone READ firstRunDone WRITE setFirstRunDone NOTIFY firstRunDoneChanged)
    // Kept until sync exists; trimmed, upper-cased
    Q_PROPERTY(QString cohortInviteCode READ cohortInviteCode WRITE setCohortInviteCode NOTIFY cohortInviteCodeChanged)
    // The gentle reminder: off until the learner switches it on; their local time, "HH:mm"
    Q_PROPERTY(bool reminderEnabled READ reminderEnabled WRITE setReminderEnabled NOTIFY reminderChanged)
    Q_PROPERTY(QString reminderTime READ reminderTime WRITE setReminderTime NOTIFY reminderChanged)
    // Empty, or why the last write did not reach the disk
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    // The colour themes, as QML names them (Preferences.System, Preferences.Light,
    // Preferences.Dark).
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // A theme's word in the settings file and on the command line ("system", "light", "dark").
    static QString themeName(Theme theme);
    // The theme a word names; nullopt for any other text.
    static std::optional<Theme> themeFromName(QStringView name);

    static constexpr double kMinTextScale = 0.85;
    static constexpr double kMaxTextScale = 1.4;
    static constexpr double kMinNarrationRate = 0.75;
    static constexpr double kMaxNarrationRate = 2.0;
    // The track Today draws from until the learner chooses one (and after "delete my data").
    static inline const char *const kDefaultTrack = "ready-to-lead";

    // The narration speeds offered, kMinNarrationRate .. kMaxNarrationRate.
    static QList<double> narrationRates();
    static QStringList languages();
    // A language's name in that language ("English", "Deutsch"); empty for "system" (which
    // the screen words in the learner's language).
    Q_INVOKABLE static QString languageName(const QString &code);

    explicit Preferences(QObject *parent = nullptr);
    ~Preferences() override;

    Theme theme() const;
    void setTheme(Theme theme); // ignored unless one of Theme's values
    double textScale() const;
    void setTextScale(double scale);
    double narrationRate() const;
    void setNarrationRate(double rate);
    QString language() const;
    void setLanguage(const QString &language);
    QString trackId() const;
    void setTrackId(const QString &trackId);
    QString roleId() const;
    void setRoleId(const QString &roleId);
    bool firstRunDone() const;
    void setFirstRunDone(bool done);
    QString cohortInviteCode() const;
    void setCohortInviteCode(const QString &code);
    bool reminderEnabled() const;
    void setReminderEnabled(bool enabled);
    QString reminderTime() const;
    void setReminderTime(const QString &time); // ignored unless "HH:mm"
    // The learner's date of the last reminder shown, so that one a day holds across restarts.
    QDate reminderLastShown() const;
    void setReminderLastShown(QDate day);
    // The readiness assessment offer the learner skipped on Today (its kind and form, as the
    // Today screen names it), so that Today stays quiet until a different offer stands.
    QString skippedAssessmentOffer() const;
    void setSkippedAssessmentOffer(const QString &offer);
    // Lessons whose "try it at work" recall the learner dismissed on Today (never shown again).
    QStringList dismissedTryIts() const;
    void dismissTryIt(const QString &lessonId);
    void forgetDismissedTryIts();
    // Whether a shared profile carries the readiness assessment results too, as earlier versions
    // kept it: on this device only. Now the choice is a learner event that follows the account
    // (LearnerData::setShareAssessmentResults); this is read once to carry an "on" over, then
    // cleared.
    bool shareAssessmentResults() const;
    void setShareAssessmentResults(bool share);
    QString lastError() const { return m_lastError; }

signals:
    void themeChanged();
    void textScaleChanged();
    void narrationRateChanged();
    void languageChanged();
    void trackIdChanged();
    void roleIdChanged();
    void firstRunDoneChanged();
    void cohortInviteCodeChanged();
    void reminderChanged();
    void shareAssessmentResultsChanged();
    void lastErrorChanged();

protected:
    // The stored value of key, or an invalid QVariant when none is stored.
    virtual QVariant readValue(const QString &key) const = 0;
    // Stores value durably before returning; returns false with *error on failure.
    virtual bool writeValue(const QString &key, const QVariant &value, QString *error) = 0;

private:
    bool store(const QString &key, const QVariant &value);

    QString m_lastError;
};

// Preferences in an INI file (QSettings), flushed to disk on every write so that killing the
// app right after a change loses nothing.
class SettingsPreferences final : public Preferences
{
    Q_OBJECT
public:
    explicit SettingsPreferences(const QString &filePath, QObject *parent = nullptr);
    ~SettingsPreferences() override;

    QString filePath() const;

protected:
    QVariant readValue(const QString &key) const override;
    bool writeValue(const QString &key, const QVariant &value, QString *error) override;

private:
    std::unique_ptr<QSettings> m_settings;
};

// Preferences held in memory (tests, and a fallback when no file can be written).
class MemoryPreferences final : public Preferences
{
    Q_OBJECT
public:
    explicit MemoryPreferences(QObject *parent = nullptr) : Preferences(parent) {}

protected:
    QVariant readValue(const QString &key) const override { return m_values.value(key); }
    bool writeValue(const QString &key, const QVariant &value, QString *) override
    {
        m_values.insert(key, value);
        return true;
    }

private:
    QVariantMap m_values;
};

} // namespace groundwork::core
