#include "messagebanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace cs {

namespace {

struct BannerColors
{
    const char *background;
    const char *text;
    const char *border;
};

BannerColors boxColors(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Info:
        return { "#e8f0fb", "#0d2c54", "#a9c3e8" };
    case MessageBanner::Kind::Warning:
        return { "#fff4d6", "#4d3800", "#e6cf8a" };
    case MessageBanner::Kind::Error:
        return { "#fde2e1", "#6b0b07", "#e8a29e" };
    case MessageBanner::Kind::Good:
        return { "#e6f4ea", "#14471f", "#a8d5b3" };
    }
    return { "#e8f0fb", "#0d2c54", "#a9c3e8" };
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent, Look look)
    : QFrame(parent)
    , m_look(look)
    , m_layout(new QHBoxLayout(this))
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("banner"));
    m_icon->setAlignment(Qt::AlignTop);
    m_icon->hide();
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // 6 px around the text; setIcon() makes room at the sides.
    const int margin = look == Look::Box ? 6 : 0;
    m_layout->setContentsMargins(margin, margin, margin, margin);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
    applyStyle();
    if (look == Look::Box)
        hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    applyStyle();
    show();
}

void MessageBanner::clearMessage()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBanner::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(16, 16));
    m_icon->show();
    if (m_look == Look::Box)
        m_layout->setContentsMargins(8, 6, 8, 6);
}

void MessageBanner::addWidget(QWidget *widget)
{
    widget->setParent(this);
    m_layout->addWidget(widget, 0, Qt::AlignVCenter);
}

QColor MessageBanner::lineColor(Kind kind)
{
    return kind == Kind::Error ? QColor(0xb3, 0x26, 0x1e) : QColor();
}

void MessageBanner::colorLine(QLabel *label, Kind kind)
{
    const QColor color = lineColor(kind);
    label->setStyleSheet(color.isValid() ? QStringLiteral("color: %1;").arg(color.name())
                                         : QString());
}

void MessageBanner::applyStyle()
{
    if (m_look == Look::Line) {
        colorLine(m_text, m_kind);
        return;
    }
    const BannerColors colors = boxColors(m_kind);
    setStyleSheet(QStringLiteral("QFrame#banner { background: %1; color: %2; border: 1px solid %3; "
                                 "border-radius: 3px; }")
                      .arg(QLatin1String(colors.background), QLatin1String(colors.text),
                           QLatin1String(colors.border)));
    const QString transparent = QStringLiteral("background: transparent; border: none;");
    m_icon->setStyleSheet(transparent);
    m_text->setStyleSheet(transparent
                          + QStringLiteral(" color: %1;").arg(QLatin1String(colors.text)));
}

} // namespace cs
