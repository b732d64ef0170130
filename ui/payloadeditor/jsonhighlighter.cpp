#include "jsonhighlighter.h"

namespace Flowdesk {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x0b, 0x4f, 0x8a));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x1b, 0x6e, 0x20));
    m_number.setForeground(QColor(0x8e, 0x24, 0xaa));
    m_literal.setForeground(QColor(0xb2, 0x4a, 0x00));
    m_literal.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(QColor(0x61, 0x61, 0x61));
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
