#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace groundwork::core {
class LearnerData;
}

namespace groundwork::ui {

// The learner's weekly goal as the goal editors (Settings, first run) load and save it.
class GoalViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the app shell over the learner's data")
    // 1..7
    Q_PROPERTY(int sessionsPerWeek READ sessionsPerWeek NOTIFY changed)
    // Qt::DayOfWeek numbers, Monday 1 .. Sunday 7, ascending
    Q_PROPERTY(QList<int> restDays READ restDays NOTIFY changed)
    // Empty, or why the last save did not reach the disk
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit GoalViewModel(core::LearnerData &data, QObject *parent = nullptr);

    int sessionsPerWeek() const;
    QList<int> restDays() const;
    QString lastError() const;

    // Whether these are the goal's values now (saving them would record nothing new).
    Q_INVOKABLE bool isCurrent(int sessionsPerWeek, const QList<int> &restDays) const;
    // Records a new goal; false (lastError says why) when it could not be saved.
    Q_INVOKABLE bool save(int sessionsPerWeek, const QList<int> &restDays);

signals:
    void changed();
    void lastErrorChanged();

private:
    core::LearnerData &m_data;
};

} // namespace groundwork::ui
