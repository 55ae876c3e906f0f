#include "recoverykeymodel.h"

#include "client/cohortconnection.h"
#include "client/cohortcredentials.h"
#include "client/keyringstore.h"
#include "client/keyrotation.h"
#include "crypto/recoverykey.h"
#include "recoverykeysheet.h"
#include "groundwork/sync/v1/sync.pb.h"

#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStandardPaths>

namespace groundwork::cohort {

namespace v1 = sync::v1;

RecoveryKeyModel::RecoveryKeyModel(const sync::CohortCredentials &credentials, sync::CohortConnection &connection,
                                   sync::KeyringStore &keys, QObject *parent)
    : QObject(parent), m_credentials(credentials), m_connection(connection), m_keys(keys)
{
    connect(&credentials, &sync::CohortCredentials::aboutToForget, this, &RecoveryKeyModel::clear);
}

void RecoveryKeyModel::refresh()
{
    if (m_state == State::Showing || m_state == State::Working)
        return; // a key on screen stays until the learner says it is kept
    v1::ListDevicesRequest request;
    post(QStringLiteral("/v1/devices/list"), sync::requestBody(request), [this](const QByteArray &body) {
        v1::ListDevicesResponse listed;
        if (!listed.ParseFromArray(body.constData(), int(body.size()))) {
            setError(tr("The cohort server sent an answer this app does not understand."));
            setState(m_settled);
            return;
        }
        m_settled = listed.recovery().enabled() ? State::On : State::Off;
        setState(m_settled);
    });
}

void RecoveryKeyModel::turnOn()
{
    const auto keyring = m_keys.keyringOrCreate();
    const QString account = m_credentials.credential().accountId;
    if (!keyring || account.isEmpty()) {
        setError(tr("This device holds no keys to protect yet; sync once, then try again."));
        return;
    }
    auto key = std::make_shared<sync::crypto::RecoveryKey>(sync::crypto::RecoveryKey::generate());
    const QByteArray publicKey = key->envelopeKeys().publicKey();
    const auto vouch = sync::crypto::DeviceKeyAttestation::make(*keyring, sync::KeyRotation::recoveryKeyLabel(),
                                                                publicKey);
    v1::SetRecoveryRequest request;
    request.set_verifier_hash(sync::crypto::RecoveryKey::verifierHash(key->verifier()).toStdString());
    request.set_wrapped_keyring(sync::crypto::RecoveryWrap::wrap(*keyring, *key, account).toStdString());
    request.set_public_key(publicKey.toStdString());
    request.set_key_epoch(vouch.epoch);
    request.set_key_mac(vouch.mac.toStdString());
    // Shown only once the server holds the copy: a key that unlocks nothing must never be kept.
    post(QStringLiteral("/v1/recovery/set"), sync::requestBody(request), [this, key](const QByteArray &) {
        m_shownKey = key->printable();
        m_settled = State::On;
        setState(State::Showing);
    });
}

void RecoveryKeyModel::turnOff()
{
    v1::RemoveRecoveryRequest request;
    post(QStringLiteral("/v1/recovery/remove"), sync::requestBody(request), [this](const QByteArray &) {
        m_shownKey.clear();
        m_settled = State::Off;
        setState(State::Off);
    });
}

void RecoveryKeyModel::doneShowing()
{
    if (m_state != State::Showing)
        return;
    m_shownKey.clear();
    setState(State::On);
}

QString RecoveryKeyModel::printableText() const
{
    if (m_shownKey.isEmpty())
        return {};
    return tr("Groundwork recovery key") + QLatin1Char('\n') + m_shownKey + QLatin1Char('\n')
           + tr("With this key and your cohort server's address, a new device can open your answers and "
                "private writing when every device is lost. Keep it where only you can reach it.")
           + QLatin1Char('\n');
}

void RecoveryKeyModel::copyToClipboard() const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard(); clipboard && !m_shownKey.isEmpty())
        clipboard->setText(printableText());
}

namespace {

QString savePathNamed(const QString &extension)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("groundwork-recovery-key-%1.%2")
                                  .arg(QDate::currentDate().toString(Qt::ISODate), extension));
}

} // namespace

QString RecoveryKeyModel::defaultSavePath() const
{
    return savePathNamed(QStringLiteral("txt"));
}

QUrl RecoveryKeyModel::defaultPdfUrl() const
{
    // The file dialog opens in this folder, so it must exist (a fresh account may have none).
    const QString path = savePathNamed(QStringLiteral("pdf"));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return QUrl::fromLocalFile(path);
}

QString RecoveryKeyModel::savePdfTo(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString problem = RecoveryKeySheet(m_shownKey, QDate::currentDate()).writePdf(path);
    setError(problem);
    return problem.isEmpty() ? QDir::toNativeSeparators(path) : QString();
}

bool RecoveryKeyModel::saveTo(const QString &path)
{
    const QByteArray text = printableText().toUtf8();
    QSaveFile out(path);
    if (text.isEmpty() || path.trimmed().isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(text) != text.size()
        || !out.commit()) {
        setError(tr("The recovery key could not be saved to %1. %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    // Only its owner should read it (where the file system knows owners).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    setError(QString());
    return true;
}

void RecoveryKeyModel::post(const QString &path, const QByteArray &body,
                            std::function<void(const QByteArray &)> onAnswer)
{
    const sync::CohortCall call = m_connection.signedIn();
    if (m_request.busy() || call.base.isEmpty() || call.token.isEmpty())
        return;
    setError(QString());
    setState(State::Working);
    m_request.start(m_connection.post(call, path, body), this,
                    [this, onAnswer = std::move(onAnswer)](const sync::CohortAnswer &answer) {
                        if (!answer.ok()) {
                            setError(answer.error);
                            setState(m_settled);
                            return;
                        }
                        onAnswer(answer.body);
                    });
}

void RecoveryKeyModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void RecoveryKeyModel::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void RecoveryKeyModel::clear()
{
    m_request.abort();
    m_shownKey.clear();
    m_settled = State::Unknown;
    setState(State::Unknown);
    setError(QString());
}

} // namespace groundwork::cohort
