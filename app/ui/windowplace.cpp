#include "windowplace.h"
#include "windowsize.h"

#include <QLoggingCategory>
#include <QMainWindow>
#include <QSplitter>

namespace bph::ui {

namespace {
Q_LOGGING_CATEGORY(lcStartup, "bph.ui.startup")
}

void takeFirstPlace(QMainWindow &window, QSplitter &guideListSplit)
{
    window.resize(firstWindowSize(window.screen()));
    guideListSplit.setSizes({280, 820});  // shares of the width: the guide list about a quarter
}

void restorePlace(QMainWindow &window, QSplitter &guideListSplit, const core::Preferences::WindowPlace &place)
{
    if (!place.geometry.isEmpty() && !window.restoreGeometry(place.geometry))
        qCWarning(lcStartup) << "the stored window size and position could not be read; using the first size";
    if (!place.split.isEmpty() && !guideListSplit.restoreState(place.split))
        qCWarning(lcStartup) << "the stored width of the guide list could not be read; using the first width";
}

core::Preferences::WindowPlace placeOf(const QMainWindow &window, const QSplitter &guideListSplit)
{
    return {window.saveGeometry(), guideListSplit.saveState()};
}

} // namespace bph::ui
