<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GuidePage</name>
    <message>
        <source>Related guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed %1. Next review due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide helps you learn; it cannot tell what is causing your pain. For advice about you, talk to your doctor, physiotherapist or pharmacist. Worried about a symptom? Use the &lt;a href=&quot;app://checklist&quot;&gt;red-flag checklist&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this guide on your phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>Please tell the reception desk now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPrompts</name>
    <message>
        <source>Open a web page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link leads to a page outside Back Pain Hub:

%1

Open it in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save guide as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset preferences?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Back Pain Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Back Pain Hub&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Plain-language guides about back pain. For learning only: it cannot diagnose, and it does not replace a clinician who knows you.&lt;/p&gt;&lt;p&gt;Nothing you read or answer here is sent anywhere.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size, theme, language, the last guide read and the window&apos;s size go back to their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::core::SearchResultsModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::ArticleView</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::CareLevelText</name>
    <message>
        <source>No warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning signs: nothing you answered needs a doctor soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency: call %1 now or go to the nearest emergency department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: contact a doctor today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: book an appointment with your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::CareResultCard</name>
    <message numerus="yes">
        <source>%n question(s) not answered yet. An answer there could change this result.</source>
        <translation>
            <numerusform>%n question not answered yet. An answer there could change this result.</numerusform>
            <numerusform>%n questions not answered yet. An answer there could change this result.</numerusform>
        </translation>
    </message>
    <message>
        <source>These guides can help you look after your back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you feel very unwell, or your symptoms get worse quickly, call %1. This checklist does not diagnose: it helps you decide how soon to get care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet: your result will show here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each question Yes, No or Not sure. The advice here changes as you answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be safe, “Not sure” counts as “Yes” for this question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk it over at an appointment. If the answer turns out to be yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is good news. Most back pain is not caused by anything serious and gets better within a few weeks. Keeping gently active usually helps more than rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::ChecklistSummary</name>
    <message>
        <source>No questions answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain red-flag checklist: summary for a clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers a patient gave in Back Pain Hub. No name or other personal details are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the result is reached: a Yes points to the level of its question. Not sure on an emergency question counts as Yes; Not sure on any other question points to a routine appointment. The result is the most urgent level reached. This checklist supports a clinician&apos;s assessment and does not replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain red-flag checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::FaqBrowser</name>
    <message>
        <source>Filter questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to list only the questions that contain them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to read the answer to a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions about “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions about this guide match “%1”.
Try fewer words, or show all questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions match “%1”.
Try fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no questions about this guide yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of its questions to read the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a question to read its answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::FindBar</name>
    <message>
        <source>Find in this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::IdleWarning</name>
    <message numerus="yes">
        <source>To keep your reading private, this screen will clear for the next person in %n second(s).</source>
        <translation>
            <numerusform>To keep your reading private, this screen will clear for the next person in %n second.</numerusform>
            <numerusform>To keep your reading private, this screen will clear for the next person in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still reading?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::KioskController</name>
    <message>
        <source>Back Pain Hub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::MainWindow</name>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Pain Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this page on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this guide on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::PinPrompt</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff PIN is set in the kiosk configuration (or the file cannot be read), so kiosk mode cannot be left here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::QrCodeDialog</name>
    <message>
        <source>Point your phone&apos;s camera at the code to open this page on your phone. Nothing is sent from this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::ReadAloud</name>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine has no voices installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice for %1 is installed.</source>
        <extracomment>%1 is the name of a language, such as Spanish.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This speech engine can only read at normal speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud stopped: the sound output failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud stopped: the speech engine failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::ReadAloudBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a guide to read it aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this page aloud. %1</source>
        <extracomment>%1 says why the last attempt failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::ReaderActions</name>
    <message>
        <source>&amp;Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the overview (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag checklist: does a symptom need medical help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Back Pain Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::ReaderPane</name>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. You can save the guide as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides cannot be shown on this computer, because the guide viewer did not start. Questions, search and the red-flag checklist still work.

For whoever looks after this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::RedFlagDialog</name>
    <message>
        <source>Red-flag checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to get help: red-flag checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions look for signs that back pain needs a doctor soon. Answer each one about how you are now. If you are not sure, choose “Not sure”: that is the safe choice. Your answers are not saved, and they are cleared when you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the summary as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page summary of your answers to show a doctor or nurse. It has no name on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an answer, then its question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back pain checklist summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back-pain-checklist-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be saved as %1. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::SearchBox</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guides and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear below as you type. Use the arrow keys to choose one and Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::SearchPopup</name>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching guides and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guides or questions match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches for this spelling instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::StatusNotices</name>
    <message>
        <source>Your preferences could not be saved, so changes last only until you close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menus and buttons are not available in %1, so they stay in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bph::ui::TopicNavigator</name>
    <message>
        <source>Topics and guides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
