#pragma once

#include "context.h"

namespace groundwork::contentc {

// Where a lesson came from, for narration (recordings sit beside the lesson file).
struct LessonSource
{
    int index = 0;        // in ContentPack.lessons
    QString relativePath; // "lessons/delegation.yaml"
    QString displayPath;
    int narrationLine = 0;
    QString recordingPath; // absolute path of its recording (.mp3 or .wav), or empty
};

QList<LessonSource> readLessons(CompileContext &context);

} // namespace groundwork::contentc
