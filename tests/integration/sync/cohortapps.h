#pragma once

// The app's cohort side for the sync tests that run several devices against a real server
// process: each device a Cohort over its own learner store and network, pointed at the server.
#include "cohort.h"
#include "crypto/linkkeywrap.h"
#include "inprocessserver.h"

#include <QNetworkAccessManager>

#include <memory>

namespace groundwork::sync::testing {

// A device as the app makes it, with the test server's certificate trusted and, unless a test
// asks for the app's own cost (`linkCost`), the fastest key-derivation limits (the link
// secret's Argon2id would otherwise dominate the test).
inline std::unique_ptr<cohort::Cohort> cohortDevice(core::learner::LearnerStore &store, QNetworkAccessManager &network,
                                                    const QString &serverAuthority,
                                                    crypto::PwhashLimits linkCost = crypto::PwhashLimits::minimum())
{
    auto app = std::make_unique<cohort::Cohort>(store, cohort::CohortServices{nullptr, nullptr, linkCost}, &network);
    app->connection().setExtraCaCertificates(InProcessServer::devCertificate());
    app->scheduler().setIntervals(60'000, 20);
    app->enrolment()->setServerUrl(serverAuthority);
    return app;
}

inline bool upToDate(cohort::Cohort &app)
{
    return app.status()->statusText() == u"Up to date";
}

} // namespace groundwork::sync::testing
