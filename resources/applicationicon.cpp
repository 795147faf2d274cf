#include "applicationicon.h"

#include <QImageReader>

namespace cs {

QIcon applicationIcon()
{
    QIcon icon;
    icon.addFile(QStringLiteral(":/icons/channelscope.png"), QSize(256, 256));
    // Without Qt's SVG plugin an SVG entry would be an empty pixmap that QIcon may pick.
    if (QImageReader::supportedImageFormats().contains("svg"))
        icon.addFile(QStringLiteral(":/icons/channelscope.svg"));
    return icon;
}

} // namespace cs
