#pragma once

// Answers the next modal question the console asks, as a person would: waits for
// a QMessageBox to open, notes its text and clicks its button with the given
// object name.

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <memory>

struct DialogAnswer
{
    bool asked = false;
    QString text;            // the question and its informative text
    QString buttonText;      // the clicked button's label
    QStringList buttonTexts; // every button's label
};

inline std::shared_ptr<DialogAnswer> answerNextDialog(const QString &buttonName, const QString &dialogName = {},
                                                      int timeoutMs = 15000)
{
    auto answer = std::make_shared<DialogAnswer>();
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, answer, buttonName, dialogName, waited, timeoutMs] {
        *waited += 20;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->isVisible() && (dialogName.isEmpty() || box->objectName() == dialogName)) {
            answer->asked = true;
            answer->text = box->text() + u'\n' + box->informativeText();
            for (QAbstractButton *b : box->buttons())
                answer->buttonTexts << b->text();
            if (auto *button = box->findChild<QPushButton *>(buttonName)) {
                answer->buttonText = button->text();
                button->click();
            } else {
                box->reject();
            }
        } else if (*waited < timeoutMs) {
            return;
        }
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
    return answer;
}
