#pragma once

#include "cohort.h"
#include "drillsession.h"
#include "firstrunviewmodel.h"
#include "goalviewmodel.h"
#include "leadsession.h"
#include "lessonviewmodel.h"
#include "mydata.h"
#include "narrationcontroller.h"
#include "profileviewmodel.h"
#include "todayviewmodel.h"
#include "tracksviewmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace groundwork::app {

// The view models of the screens, handed to the main window as one typed object.
// The window's file then names none of their types, so it imports none of their modules: each
// module is imported by the page that shows it, when that page is first loaded. Every module
// imported before the first frame cost it about 0.6 M instructions (qmldir, plugin lookup,
// type registration).
class AppModels : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the app shell")
    Q_PROPERTY(groundwork::today::TodayViewModel *today MEMBER today CONSTANT)
    Q_PROPERTY(groundwork::lesson::LessonViewModel *lesson MEMBER lesson CONSTANT)
    Q_PROPERTY(groundwork::drill::DrillSession *drill MEMBER drill CONSTANT)
    Q_PROPERTY(groundwork::lesson::NarrationController *narration MEMBER narration CONSTANT)
    Q_PROPERTY(groundwork::profile::ProfileViewModel *profile MEMBER profile CONSTANT)
    Q_PROPERTY(groundwork::tracks::TracksViewModel *tracks MEMBER tracks CONSTANT)
    Q_PROPERTY(groundwork::ui::GoalViewModel *goal MEMBER goal CONSTANT)
    Q_PROPERTY(groundwork::onboarding::FirstRunViewModel *firstRun MEMBER firstRun CONSTANT)
    Q_PROPERTY(groundwork::settings::MyData *myData MEMBER myData CONSTANT)
    Q_PROPERTY(groundwork::cohort::Cohort *cohort MEMBER cohort CONSTANT)
    Q_PROPERTY(groundwork::lead::LeadSession *lead MEMBER lead CONSTANT)

public:
    using QObject::QObject;

    today::TodayViewModel *today = nullptr;
    lesson::LessonViewModel *lesson = nullptr;
    drill::DrillSession *drill = nullptr;
    lesson::NarrationController *narration = nullptr;
    profile::ProfileViewModel *profile = nullptr;
    tracks::TracksViewModel *tracks = nullptr;
    ui::GoalViewModel *goal = nullptr;
    onboarding::FirstRunViewModel *firstRun = nullptr;
    settings::MyData *myData = nullptr;
    cohort::Cohort *cohort = nullptr;
    lead::LeadSession *lead = nullptr;
};

} // namespace groundwork::app
