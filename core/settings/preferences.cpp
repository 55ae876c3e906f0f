#include "settings/preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace groundwork::core {

namespace {

const QString kTheme = QStringLiteral("appearance/theme");
const QString kTextScale = QStringLiteral("appearance/textScale");
const QString kNarrationRate = QStringLiteral("narration/rate");
const QString kLanguage = QStringLiteral("appearance/language");
const QString kTrack = QStringLiteral("learning/trackId");
const QString kRole = QStringLiteral("learning/roleId");
const QString kFirstRunDone = QStringLiteral("learning/firstRunDone");
const QString kInviteCode = QStringLiteral("cohort/inviteCode");
const QString kReminderEnabled = QStringLiteral("reminder/enabled");
const QString kReminderTime = QStringLiteral("reminder/time");
const QString kReminderLastShown = QStringLiteral("reminder/lastShown");
const QString kSkippedAssessmentOffer = QStringLiteral("assessment/skippedOffer");
const QString kDismissedTryIts = QStringLiteral("today/dismissedTryIts");
const QString kShareAssessmentResults = QStringLiteral("assessment/shareResults");
const QString kDefaultReminderTime = QStringLiteral("18:00");

bool isReminderTime(const QString &text)
{
    return text.size() == 5 && QTime::fromString(text, QStringLiteral("HH:mm")).isValid();
}

// The words stored in settings.ini since the first release; existing files keep working.
const QList<std::pair<Preferences::Theme, QString>> kThemeNames{
    {Preferences::Theme::System, QStringLiteral("system")},
    {Preferences::Theme::Light, QStringLiteral("light")},
    {Preferences::Theme::Dark, QStringLiteral("dark")}};
// Language names are shown in their own language on purpose.
const QList<std::pair<QString, QString>> kLanguageNames{{QStringLiteral("en"), QStringLiteral("English")},
                                                       {QStringLiteral("de"), QStringLiteral("Deutsch")}};
const QStringList kLanguages = [] {
    QStringList codes{QStringLiteral("system")};
    for (const auto &[code, name] : kLanguageNames)
        codes << code;
    return codes;
}();

bool sameReal(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

double clampedReal(const QVariant &value, double fallback, double low, double high)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!value.isValid() || !ok || !std::isfinite(v))
        return fallback;
    return std::clamp(v, low, high);
}

} // namespace

Preferences::Preferences(QObject *parent) : QObject(parent) {}
Preferences::~Preferences() = default;

QList<double> Preferences::narrationRates()
{
    return {kMinNarrationRate, 1.0, 1.25, 1.5, 1.75, kMaxNarrationRate};
}

QStringList Preferences::languages()
{
    return kLanguages;
}

QString Preferences::languageName(const QString &code)
{
    for (const auto &[known, name] : kLanguageNames)
        if (known == code)
            return name;
    return {};
}

// A value the disk refused is still in effect for this run; lastError says it was not saved.
bool Preferences::store(const QString &key, const QVariant &value)
{
    QString error;
    const bool ok = writeValue(key, value, &error);
    const QString newError = ok ? QString() : error;
    if (newError != m_lastError) {
        m_lastError = newError;
        emit lastErrorChanged();
    }
    return ok;
}

QString Preferences::themeName(Theme theme)
{
    for (const auto &[known, name] : kThemeNames)
        if (known == theme)
            return name;
    return {};
}

std::optional<Preferences::Theme> Preferences::themeFromName(QStringView name)
{
    for (const auto &[theme, known] : kThemeNames)
        if (known == name)
            return theme;
    return std::nullopt;
}

// Stored as its word, not its number; a missing or unknown word is System.
Preferences::Theme Preferences::theme() const
{
    return themeFromName(readValue(kTheme).toString()).value_or(Theme::System);
}

void Preferences::setTheme(Theme theme)
{
    const QString name = themeName(theme);
    if (name.isEmpty() || theme == this->theme())
        return;
    store(kTheme, name);
    emit themeChanged();
}

double Preferences::textScale() const
{
    return clampedReal(readValue(kTextScale), 1.0, kMinTextScale, kMaxTextScale);
}

void Preferences::setTextScale(double scale)
{
    if (!std::isfinite(scale))
        return;
    scale = std::clamp(scale, kMinTextScale, kMaxTextScale);
    if (sameReal(scale, textScale()))
        return;
    store(kTextScale, scale);
    emit textScaleChanged();
}

double Preferences::narrationRate() const
{
    return clampedReal(readValue(kNarrationRate), 1.0, kMinNarrationRate, kMaxNarrationRate);
}

void Preferences::setNarrationRate(double rate)
{
    if (!std::isfinite(rate))
        return;
    rate = std::clamp(rate, kMinNarrationRate, kMaxNarrationRate);
    if (sameReal(rate, narrationRate()))
        return;
    store(kNarrationRate, rate);
    emit narrationRateChanged();
}

QString Preferences::language() const
{
    const QString v = readValue(kLanguage).toString();
    return kLanguages.contains(v) ? v : kLanguages.first();
}

void Preferences::setLanguage(const QString &language)
{
    if (!kLanguages.contains(language) || language == this->language())
        return;
    store(kLanguage, language);
    emit languageChanged();
}

QString Preferences::trackId() const
{
    const QString v = readValue(kTrack).toString();
    return v.isEmpty() ? QString::fromLatin1(kDefaultTrack) : v;
}

void Preferences::setTrackId(const QString &trackId)
{
    const QString id = trackId.trimmed();
    if (id.isEmpty() || id == this->trackId())
        return;
    store(kTrack, id);
    emit trackIdChanged();
}

QString Preferences::roleId() const
{
    return readValue(kRole).toString();
}

void Preferences::setRoleId(const QString &roleId)
{
    const QString id = roleId.trimmed();
    if (id == this->roleId())
        return;
    store(kRole, id);
    emit roleIdChanged();
}

bool Preferences::firstRunDone() const
{
    return readValue(kFirstRunDone).toBool();
}

void Preferences::setFirstRunDone(bool done)
{
    if (done == firstRunDone())
        return;
    store(kFirstRunDone, done);
    emit firstRunDoneChanged();
}

QString Preferences::cohortInviteCode() const
{
    return readValue(kInviteCode).toString();
}

void Preferences::setCohortInviteCode(const QString &code)
{
    const QString normalised = code.simplified().remove(QLatin1Char(' ')).toUpper();
    if (normalised == cohortInviteCode())
        return;
    store(kInviteCode, normalised);
    emit cohortInviteCodeChanged();
}

bool Preferences::reminderEnabled() const
{
    return readValue(kReminderEnabled).toBool();
}

void Preferences::setReminderEnabled(bool enabled)
{
    if (enabled == reminderEnabled())
        return;
    store(kReminderEnabled, enabled);
    emit reminderChanged();
}

QString Preferences::reminderTime() const
{
    const QString v = readValue(kReminderTime).toString();
    return isReminderTime(v) ? v : kDefaultReminderTime;
}

void Preferences::setReminderTime(const QString &time)
{
    if (!isReminderTime(time) || time == reminderTime())
        return;
    store(kReminderTime, time);
    emit reminderChanged();
}

QDate Preferences::reminderLastShown() const
{
    return QDate::fromString(readValue(kReminderLastShown).toString(), Qt::ISODate);
}

void Preferences::setReminderLastShown(QDate day)
{
    store(kReminderLastShown, day.toString(Qt::ISODate));
}

QString Preferences::skippedAssessmentOffer() const
{
    return readValue(kSkippedAssessmentOffer).toString();
}

void Preferences::setSkippedAssessmentOffer(const QString &offer)
{
    if (offer != skippedAssessmentOffer())
        store(kSkippedAssessmentOffer, offer);
}

QStringList Preferences::dismissedTryIts() const
{
    return readValue(kDismissedTryIts).toStringList();
}

void Preferences::dismissTryIt(const QString &lessonId)
{
    QStringList dismissed = dismissedTryIts();
    if (lessonId.isEmpty() || dismissed.contains(lessonId))
        return;
    dismissed << lessonId;
    store(kDismissedTryIts, dismissed);
}

void Preferences::forgetDismissedTryIts()
{
    if (!dismissedTryIts().isEmpty())
        store(kDismissedTryIts, QStringList());
}

bool Preferences::shareAssessmentResults() const
{
    return readValue(kShareAssessmentResults).toBool();
}

void Preferences::setShareAssessmentResults(bool share)
{
    if (share == shareAssessmentResults())
        return;
    store(kShareAssessmentResults, share);
    emit shareAssessmentResultsChanged();
}

SettingsPreferences::SettingsPreferences(const QString &filePath, QObject *parent)
    : Preferences(parent)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    m_settings = std::make_unique<QSettings>(filePath, QSettings::IniFormat);
}

SettingsPreferences::~SettingsPreferences() = default;

QString SettingsPreferences::filePath() const
{
    return m_settings->fileName();
}

QVariant SettingsPreferences::readValue(const QString &key) const
{
    return m_settings->value(key);
}

bool SettingsPreferences::writeValue(const QString &key, const QVariant &value, QString *error)
{
    m_settings->setValue(key, value);
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return true;
    case QSettings::AccessError:
        *error = tr("Your settings could not be saved: %1 cannot be written.")
                     .arg(QDir::toNativeSeparators(m_settings->fileName()));
        return false;
    case QSettings::FormatError:
        *error = tr("Your settings could not be saved: %1 is damaged.")
                     .arg(QDir::toNativeSeparators(m_settings->fileName()));
        return false;
    }
    return true;
}

} // namespace groundwork::core
