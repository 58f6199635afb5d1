// The entry point of the bph_reader module: QPluginLoader makes one
// ReaderPlugin, which registers the app: scheme (before any web profile
// exists) and makes a viewer for each window that asks.

#include "appscheme.h"
#include "articleview.h"
#include "readermodule.h"

#include <QObject>

namespace bph::ui {

class ReaderPlugin final : public QObject, public ReaderModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BPH_READER_MODULE_IID)
    Q_INTERFACES(bph::ui::ReaderModule)
public:
    ReaderPlugin() { registerAppScheme(); }

    ReaderView *createView(const GuidePageSource &pages, ReaderEvents &events, QWidget *parent) override
    {
        return new ArticleView(pages, events, parent);
    }
};

} // namespace bph::ui

#include "readerplugin.moc"
