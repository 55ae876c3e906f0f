#include "recoverykeysheet.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace groundwork::cohort {

namespace {

constexpr int kGroupsPerLine = 4;
constexpr int kDotsPerInch = 300;

// Lays text out from the top of the page down, each block under the one before.
class PageColumn
{
public:
    PageColumn(QPainter &painter, int width) : m_painter(painter), m_width(width) {}

    void paragraph(const QString &text, const QFont &font, int gapAfter)
    {
        m_painter.setFont(font);
        const QRect box = m_painter.boundingRect(QRect(0, m_y, m_width, 0), Qt::TextWordWrap, text);
        m_painter.drawText(QRect(0, m_y, m_width, box.height()), Qt::TextWordWrap, text);
        m_y += box.height() + gapAfter;
    }

    // Lines set apart in a framed box (the key itself): a block centred on the page, each line
    // starting at its left edge, so a shorter last line still reads from its first group.
    void framed(const QStringList &lines, const QFont &font, int padding, int gapAfter)
    {
        m_painter.setFont(font);
        const QFontMetrics metrics(font, m_painter.device());
        const int lineHeight = metrics.lineSpacing();
        int blockWidth = 0;
        for (const QString &line : lines)
            blockWidth = std::max(blockWidth, metrics.horizontalAdvance(line));
        const int left = std::max(0, (m_width - blockWidth) / 2);
        const int height = int(lines.size()) * lineHeight + 2 * padding;
        m_painter.drawRoundedRect(QRect(0, m_y, m_width, height), padding / 2, padding / 2);
        int y = m_y + padding;
        for (const QString &line : lines) {
            m_painter.drawText(QRect(left, y, m_width - left, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += lineHeight;
        }
        m_y += height + gapAfter;
    }

private:
    QPainter &m_painter;
    int m_width;
    int m_y = 0;
};

QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

} // namespace

RecoveryKeySheet::RecoveryKeySheet(QString groupedKey, QDate made)
    : m_groupedKey(std::move(groupedKey)), m_made(made)
{
}

QStringList RecoveryKeySheet::keyLines() const
{
    const QStringList groups = m_groupedKey.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += kGroupsPerLine)
        lines.append(groups.mid(i, kGroupsPerLine).join(QStringLiteral("  ")));
    return lines;
}

QString RecoveryKeySheet::writePdf(const QString &path) const
{
    const auto failed = [&path](const QString &why) {
        return tr("The recovery key could not be saved as a PDF to %1. %2").arg(QDir::toNativeSeparators(path), why);
    };
    if (m_groupedKey.isEmpty())
        return failed(tr("There is no key to save."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(tr("Groundwork recovery key"));
        pdf.setCreator(QStringLiteral("Groundwork"));
        pdf.setResolution(kDotsPerInch);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&pdf))
            return failed(tr("The page could not be drawn."));
        const QFont body = sized(QFont(), 11);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setStyleHint(QFont::Monospace);
        const int gap = kDotsPerInch / 6; // about 4 mm

        PageColumn page(painter, pdf.width());
        page.paragraph(tr("Groundwork recovery key"), sized(body, 20, true), gap / 2);
        page.paragraph(tr("Made on %1").arg(QLocale().toString(m_made, QLocale::LongFormat)), body, gap);
        page.framed(keyLines(), sized(mono, 20, true), gap, 2 * gap);
        page.paragraph(tr("What it is for"), sized(body, 13, true), gap / 3);
        page.paragraph(tr("If you lose every device that holds your Groundwork answers, this key lets a new device "
                          "open your answers and private writing again. On the new device, open Cohort, choose "
                          "“I lost all my devices: use my recovery key”, and type your cohort server's address and "
                          "this key. Dashes, spaces and upper or lower case do not matter."),
                       body, gap);
        page.paragraph(tr("Without it"), sized(body, 13, true), gap / 3);
        page.paragraph(tr("Your private writing is encrypted with keys that only your devices and this key hold. The "
                          "cohort server keeps only encrypted copies, so Groundwork cannot recover your private "
                          "writing without this key if you lose every device."),
                       body, gap);
        page.paragraph(tr("Keep it safe"), sized(body, 13, true), gap / 3);
        page.paragraph(tr("Anyone holding this key and your server's address can read your answers and private "
                          "writing. Keep this page where only you can reach it, not beside your device. Making a new "
                          "recovery key replaces this one: this one then stops working."),
                       body, gap);
        if (!painter.end())
            return failed(tr("The page could not be drawn."));
    }
    if (!file.commit())
        return failed(file.errorString());
    // Only its owner should read it (where the file system knows owners).
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace groundwork::cohort
