#pragma once

// Answering a modal dialog in a test: the code under test opens it with
// exec(), which does not return until someone answers.

#include <QApplication>
#include <QObject>
#include <QTimer>

#include <functional>

namespace bphtest {

// Runs `action` on the modal dialog of type T as soon as it is open.
template<typename T>
void whenDialogOpens(std::function<void(T *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            timer->stop();
            action(dialog);
        }
    });
    timer->start();
}

} // namespace bphtest
