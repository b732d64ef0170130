#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Flowdesk {

// Colours JSON text: field names, text values, numbers, true/false/null and
// punctuation. Works line by line; a text value never spans lines in JSON.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
};

} // namespace Flowdesk
