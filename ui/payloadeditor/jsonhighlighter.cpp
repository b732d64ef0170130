#include "jsonhighlighter.h"

#include "common/colours.h"

#include <QApplication>

namespace Flowdesk {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Signal colours of the palette: readable on a light and on a dark editor.
    m_key.setForeground(Colours::text(Colours::Signal::Info));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(Colours::text(Colours::Signal::Success));
    m_number.setForeground(QApplication::palette().color(QPalette::Link));
    m_literal.setForeground(Colours::text(Colours::Signal::Warning));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(Colours::muted());
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) {
            int end = i + 1;
            while (end < n && text[end] != QLatin1Char('"')) {
                if (text[end] == QLatin1Char('\\'))
                    ++end;
                ++end;
            }
            end = qMin(end + 1, n);
            // A string followed by a colon is a field name.
            int after = end;
            while (after < n && text[after].isSpace())
                ++after;
            const bool isKey = after < n && text[after] == QLatin1Char(':');
            setFormat(i, end - i, isKey ? m_key : m_string);
            i = end;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            int end = i + 1;
            while (end < n && (text[end].isDigit() || text[end] == QLatin1Char('.') || text[end] == QLatin1Char('e')
                               || text[end] == QLatin1Char('E') || text[end] == QLatin1Char('+')
                               || text[end] == QLatin1Char('-')))
                ++end;
            setFormat(i, end - i, m_number);
            i = end;
        } else if (c.isLetter()) {
            int end = i + 1;
            while (end < n && text[end].isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == QLatin1String("true") || word == QLatin1String("false") || word == QLatin1String("null"))
                setFormat(i, end - i, m_literal);
            i = end;
        } else {
            if (QStringLiteral("{}[],:").contains(c))
                setFormat(i, 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace Flowdesk
