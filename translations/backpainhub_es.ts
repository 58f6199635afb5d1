<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>GuidePage</name>
    <message>
        <source>Related guides</source>
        <translation>Guías relacionadas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Last reviewed %1. Next review due %2.</source>
        <translation>Última revisión: %1. Próxima revisión: %2.</translation>
    </message>
    <message>
        <source>This guide helps you learn; it cannot tell what is causing your pain. For advice about you, talk to your doctor, physiotherapist or pharmacist. Worried about a symptom? Use the &lt;a href=&quot;app://checklist&quot;&gt;red-flag checklist&lt;/a&gt;.</source>
        <translation>Esta guía le ayuda a aprender; no puede decirle qué causa su dolor. Para recibir consejos sobre su caso, hable con su médico, fisioterapeuta o farmacéutico. ¿Le preocupa un síntoma? Use la &lt;a href=&quot;app://checklist&quot;&gt;lista de señales de alarma&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Questions about this guide</source>
        <translation>Preguntas sobre esta guía</translation>
    </message>
    <message>
        <source>Read this guide on your phone</source>
        <translation>Lea esta guía en su teléfono</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>Please tell the reception desk now.</source>
        <translation>Por favor, avise ahora en la recepción.</translation>
    </message>
</context>
<context>
    <name>ReaderPrompts</name>
    <message>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <source>This link leads to a page outside Back Pain Hub:

%1

Open it in your web browser?</source>
        <translation>Este enlace lleva a una página fuera de Back Pain Hub:

%1

¿Quiere abrirla en su navegador?</translation>
    </message>
    <message>
        <source>Save guide as PDF</source>
        <translation>Guardar la guía como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reset preferences?</source>
        <translation>¿Restablecer las preferencias?</translation>
    </message>
    <message>
        <source>About Back Pain Hub</source>
        <translation>Acerca de Back Pain Hub</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Back Pain Hub&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Plain-language guides about back pain. For learning only: it cannot diagnose, and it does not replace a clinician who knows you.&lt;/p&gt;&lt;p&gt;Nothing you read or answer here is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Back Pain Hub&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Guías en lenguaje sencillo sobre el dolor de espalda. Solo sirven para aprender: no pueden dar un diagnóstico y no reemplazan a un profesional de la salud que lo conozca.&lt;/p&gt;&lt;p&gt;Nada de lo que lee o responde aquí se envía a ningún lugar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Text size, theme, language, the last guide read and the window&apos;s size go back to their defaults.</source>
        <translation>El tamaño del texto, el tema, el idioma, la última guía leída y el tamaño de la ventana vuelven a sus valores iniciales.</translation>
    </message>
</context>
<context>
    <name>bph::core::SearchResultsModel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>bph::ui::ArticleView</name>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>bph::ui::CareLevelText</name>
    <message>
        <source>No warning signs</source>
        <translation>Sin señales de alarma</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Cita de rutina</translation>
    </message>
    <message>
        <source>No warning signs: nothing you answered needs a doctor soon</source>
        <translation>Sin señales de alarma: nada de lo que respondió requiere ver a un médico pronto</translation>
    </message>
    <message>
        <source>Emergency: call %1 now or go to the nearest emergency department</source>
        <translation>Emergencia: llame al %1 ahora o vaya al servicio de urgencias más cercano</translation>
    </message>
    <message>
        <source>Urgent: contact a doctor today</source>
        <translation>Urgente: comuníquese hoy con un médico</translation>
    </message>
    <message>
        <source>Routine: book an appointment with your doctor</source>
        <translation>Cita de rutina: pida una consulta con su médico</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
</context>
<context>
    <name>bph::ui::CareResultCard</name>
    <message>
        <source>These guides can help you look after your back:</source>
        <translation>Estas guías pueden ayudarle a cuidar su espalda:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>If you feel very unwell, or your symptoms get worse quickly, call %1. This checklist does not diagnose: it helps you decide how soon to get care.</source>
        <translation>Si se siente muy mal, o si sus síntomas empeoran rápido, llame al %1. Esta lista no da un diagnóstico: le ayuda a decidir qué tan pronto buscar atención.</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Leer: %1</translation>
    </message>
    <message>
        <source>Not answered yet: your result will show here</source>
        <translation>Aún sin responder: su resultado aparecerá aquí</translation>
    </message>
    <message>
        <source>Answer each question Yes, No or Not sure. The advice here changes as you answer.</source>
        <translation>Responda cada pregunta con “Sí”, “No” o “No lo sé”. Los consejos de aquí cambian a medida que responde.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <source>You answered %1:</source>
        <translation>Respondió “%1”:</translation>
    </message>
    <message>
        <source>To be safe, “Not sure” counts as “Yes” for this question.</source>
        <translation>Por seguridad, “No lo sé” cuenta como “Sí” en esta pregunta.</translation>
    </message>
    <message>
        <source>Talk it over at an appointment. If the answer turns out to be yes: %1</source>
        <translation>Coméntelo en una consulta. Si la respuesta resulta ser sí: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet. An answer there could change this result.</source>
        <translation>
            <numerusform>Queda %n pregunta sin responder. Su respuesta podría cambiar este resultado.</numerusform>
            <numerusform>Quedan %n preguntas sin responder. Sus respuestas podrían cambiar este resultado.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is good news. Most back pain is not caused by anything serious and gets better within a few weeks. Keeping gently active usually helps more than rest.</source>
        <translation>Es una buena noticia. La mayoría de los dolores de espalda no se deben a algo grave y mejoran en pocas semanas. Seguir moviéndose con suavidad suele ayudar más que el reposo.</translation>
    </message>
</context>
<context>
    <name>bph::ui::ChecklistSummary</name>
    <message>
        <source>No questions answered</source>
        <translation>No se respondió ninguna pregunta</translation>
    </message>
    <message>
        <source>Back pain red-flag checklist: summary for a clinician</source>
        <translation>Lista de señales de alarma del dolor de espalda: resumen para el profesional de la salud</translation>
    </message>
    <message>
        <source>Answers a patient gave in Back Pain Hub. No name or other personal details are recorded.</source>
        <translation>Respuestas que dio un paciente en Back Pain Hub. No se registran el nombre ni otros datos personales.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Questions answered:</source>
        <translation>Preguntas respondidas:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Nivel indicado</translation>
    </message>
    <message>
        <source>How the result is reached: a Yes points to the level of its question. Not sure on an emergency question counts as Yes; Not sure on any other question points to a routine appointment. The result is the most urgent level reached. This checklist supports a clinician&apos;s assessment and does not replace it.</source>
        <translation>Cómo se obtiene el resultado: un “Sí” indica el nivel de su pregunta. “No lo sé” en una pregunta de emergencia cuenta como “Sí”; “No lo sé” en cualquier otra pregunta indica una cita de rutina. El resultado es el nivel más urgente alcanzado. Esta lista apoya la evaluación del profesional de la salud y no la reemplaza.</translation>
    </message>
    <message>
        <source>Back pain red-flag checklist</source>
        <translation>Lista de señales de alarma del dolor de espalda</translation>
    </message>
</context>
<context>
    <name>bph::ui::FaqBrowser</name>
    <message>
        <source>Filter questions</source>
        <translation>Filtrar preguntas</translation>
    </message>
    <message>
        <source>Type words to list only the questions that contain them.</source>
        <translation>Escriba palabras para ver solo las preguntas que las contienen.</translation>
    </message>
    <message>
        <source>Show all questions</source>
        <translation>Mostrar todas las preguntas</translation>
    </message>
    <message>
        <source>Questions by topic</source>
        <translation>Preguntas por tema</translation>
    </message>
    <message>
        <source>Press Enter to read the answer to a question.</source>
        <translation>Presione Enter para leer la respuesta a una pregunta.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Questions about this guide</source>
        <translation>Preguntas sobre esta guía</translation>
    </message>
    <message>
        <source>Questions about “%1”</source>
        <translation>Preguntas sobre “%1”</translation>
    </message>
    <message>
        <source>No questions about this guide match “%1”.
Try fewer words, or show all questions.</source>
        <translation>Ninguna pregunta sobre esta guía coincide con “%1”.
Pruebe con menos palabras o muestre todas las preguntas.</translation>
    </message>
    <message>
        <source>No questions match “%1”.
Try fewer words.</source>
        <translation>Ninguna pregunta coincide con “%1”.
Pruebe con menos palabras.</translation>
    </message>
    <message>
        <source>There are no questions about this guide yet.</source>
        <translation>Todavía no hay preguntas sobre esta guía.</translation>
    </message>
    <message>
        <source>There are no questions yet.</source>
        <translation>Todavía no hay preguntas.</translation>
    </message>
    <message>
        <source>Read the guide: %1</source>
        <translation>Leer la guía: %1</translation>
    </message>
    <message>
        <source>Choose one of its questions to read the answer.</source>
        <translation>Elija una de sus preguntas para leer la respuesta.</translation>
    </message>
    <message>
        <source>Choose a question to read its answer.</source>
        <translation>Elija una pregunta para leer su respuesta.</translation>
    </message>
</context>
<context>
    <name>bph::ui::FindBar</name>
    <message>
        <source>Find in this guide</source>
        <translation>Buscar en esta guía</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Coincidencias encontradas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>bph::ui::IdleWarning</name>
    <message>
        <source>Are you still reading?</source>
        <translation>¿Sigue leyendo?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your reading private, this screen will clear for the next person in %n second(s).</source>
        <translation>
            <numerusform>Para proteger su privacidad, esta pantalla se borrará para la siguiente persona en %n segundo.</numerusform>
            <numerusform>Para proteger su privacidad, esta pantalla se borrará para la siguiente persona en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep reading</source>
        <translation>Seguir leyendo</translation>
    </message>
</context>
<context>
    <name>bph::ui::KioskController</name>
    <message>
        <source>Back Pain Hub</source>
        <translation>Back Pain Hub</translation>
    </message>
</context>
<context>
    <name>bph::ui::MainWindow</name>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Back Pain Hub</source>
        <translation>Back Pain Hub</translation>
    </message>
    <message>
        <source>Read this page on your phone</source>
        <translation>Lea esta página en su teléfono</translation>
    </message>
    <message>
        <source>Read this guide on your phone</source>
        <translation>Lea esta guía en su teléfono</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
</context>
<context>
    <name>bph::ui::PinPrompt</name>
    <message>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Mensaje del PIN</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del modo quiosco</translation>
    </message>
    <message>
        <source>Enter the staff PIN to leave kiosk mode.</source>
        <translation>Escriba el PIN del personal para salir del modo quiosco.</translation>
    </message>
    <message>
        <source>No staff PIN is set in the kiosk configuration (or the file cannot be read), so kiosk mode cannot be left here.</source>
        <translation>La configuración del quiosco no tiene un PIN del personal (o no se puede leer el archivo), así que no se puede salir del modo quiosco desde aquí.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bph::ui::QrCodeDialog</name>
    <message>
        <source>Point your phone&apos;s camera at the code to open this page on your phone. Nothing is sent from this screen.</source>
        <translation>Apunte la cámara de su teléfono al código para abrir esta página en su teléfono. Esta pantalla no envía nada.</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Código QR del enlace</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Dirección del enlace</translation>
    </message>
</context>
<context>
    <name>bph::ui::ReadAloud</name>
    <message>
        <source>No speech engine is installed on this computer.</source>
        <translation>No hay ningún motor de voz instalado en este equipo.</translation>
    </message>
    <message>
        <source>The speech engine could not start.</source>
        <translation>No se pudo iniciar el motor de voz.</translation>
    </message>
    <message>
        <source>No sound output is available on this computer.</source>
        <translation>No hay ninguna salida de sonido disponible en este equipo.</translation>
    </message>
    <message>
        <source>The speech engine has no voices installed.</source>
        <translation>El motor de voz no tiene voces instaladas.</translation>
    </message>
    <message>
        <source>No voice for %1 is installed.</source>
        <extracomment>%1 is the name of a language, such as Spanish.</extracomment>
        <translation>No hay ninguna voz instalada para el idioma %1.</translation>
    </message>
    <message>
        <source>This speech engine can only read at normal speed.</source>
        <translation>Este motor de voz solo puede leer a velocidad normal.</translation>
    </message>
    <message>
        <source>Reading aloud stopped: the sound output failed.</source>
        <translation>La lectura en voz alta se detuvo: falló la salida de sonido.</translation>
    </message>
    <message>
        <source>Reading aloud stopped: the speech engine failed.</source>
        <translation>La lectura en voz alta se detuvo: falló el motor de voz.</translation>
    </message>
</context>
<context>
    <name>bph::ui::ReadAloudBar</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Detener la lectura en voz alta</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Velocidad normal</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation>Pausar la lectura en voz alta</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Carry on reading aloud</source>
        <translation>Continuar la lectura en voz alta</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Open a guide to read it aloud.</source>
        <translation>Abra una guía para leerla en voz alta.</translation>
    </message>
    <message>
        <source>Read this page aloud. %1</source>
        <extracomment>%1 says why the last attempt failed.</extracomment>
        <translation>Leer esta página en voz alta. %1</translation>
    </message>
    <message>
        <source>Read this page aloud</source>
        <translation>Leer esta página en voz alta</translation>
    </message>
</context>
<context>
    <name>bph::ui::ReaderActions</name>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lector</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Go to the overview (Alt+Home)</source>
        <translation>Ir a la vista general (Alt+Inicio)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Common questions and answers</source>
        <translation>Preguntas y respuestas frecuentes</translation>
    </message>
    <message>
        <source>Check symptoms</source>
        <translation>Revisar síntomas</translation>
    </message>
    <message>
        <source>Red-flag checklist: does a symptom need medical help?</source>
        <translation>Lista de señales de alarma: ¿un síntoma necesita atención médica?</translation>
    </message>
    <message>
        <source>Find in guide…</source>
        <translation>Buscar en la guía…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Aumentar texto</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Reducir texto</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Reset preferences</source>
        <translation>Restablecer las preferencias</translation>
    </message>
    <message>
        <source>About Back Pain Hub</source>
        <translation>Acerca de Back Pain Hub</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>bph::ui::ReaderPane</name>
    <message>
        <source>No printer</source>
        <translation>No hay impresora</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. You can save the guide as a PDF instead.</source>
        <translation>No hay ninguna impresora configurada en este equipo. En su lugar, puede guardar la guía como PDF.</translation>
    </message>
    <message>
        <source>The guide was sent to the printer.</source>
        <translation>La guía se envió a la impresora.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>No se pudo imprimir.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1.</source>
        <translation>No se pudo guardar el PDF en %1.</translation>
    </message>
    <message>
        <source>Guides cannot be shown on this computer, because the guide viewer did not start. Questions, search and the red-flag checklist still work.

For whoever looks after this computer: %1</source>
        <translation>Las guías no se pueden mostrar en este equipo, porque el visor de guías no se inició. Las preguntas, la búsqueda y la lista de señales de alarma siguen funcionando.

Para quien se encarga de este equipo: %1</translation>
    </message>
</context>
<context>
    <name>bph::ui::RedFlagDialog</name>
    <message>
        <source>Red-flag checklist</source>
        <translation>Lista de señales de alarma</translation>
    </message>
    <message>
        <source>When to get help: red-flag checklist</source>
        <translation>Cuándo pedir ayuda: lista de señales de alarma</translation>
    </message>
    <message>
        <source>These questions look for signs that back pain needs a doctor soon. Answer each one about how you are now. If you are not sure, choose “Not sure”: that is the safe choice. Your answers are not saved, and they are cleared when you close this window.</source>
        <translation>Estas preguntas buscan señales de que el dolor de espalda necesita un médico pronto. Responda cada una según cómo se siente ahora. Si tiene dudas, elija “No lo sé”: es la opción segura. Sus respuestas no se guardan y se borran al cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <source>Save summary as PDF…</source>
        <translation>Guardar resumen como PDF…</translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation>Borrar respuestas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the summary as a PDF instead.</source>
        <translation>No hay ninguna impresora configurada en este equipo. En su lugar, guarde el resumen como PDF.</translation>
    </message>
    <message>
        <source>A one-page summary of your answers to show a doctor or nurse. It has no name on it.</source>
        <translation>Un resumen de una página con sus respuestas para mostrar a un médico o a una enfermera. No lleva su nombre.</translation>
    </message>
    <message>
        <source>Start again with no answers</source>
        <translation>Empezar de nuevo sin respuestas</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an answer, then its question</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Back pain checklist summary</source>
        <translation>Resumen de la lista de señales de alarma del dolor de espalda</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir resumen</translation>
    </message>
    <message>
        <source>back-pain-checklist-%1.pdf</source>
        <translation>lista-dolor-de-espalda-%1.pdf</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Guardar resumen como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>No se guardó el resumen</translation>
    </message>
    <message>
        <source>The summary could not be saved as %1. Choose another folder and try again.</source>
        <translation>No se pudo guardar el resumen como %1. Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>bph::ui::SearchBox</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search guides and questions</source>
        <translation>Buscar en guías y preguntas</translation>
    </message>
    <message>
        <source>Results appear below as you type. Use the arrow keys to choose one and Enter to open it.</source>
        <translation>Los resultados aparecen debajo mientras escribe. Use las teclas de flecha para elegir uno y Enter para abrirlo.</translation>
    </message>
</context>
<context>
    <name>bph::ui::SearchPopup</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Matching guides and questions</source>
        <translation>Guías y preguntas que coinciden</translation>
    </message>
    <message>
        <source>No guides or questions match</source>
        <translation>Ninguna guía ni pregunta coincide</translation>
    </message>
    <message>
        <source>Searches for this spelling instead</source>
        <translation>Busca con esta ortografía en su lugar</translation>
    </message>
</context>
<context>
    <name>bph::ui::StatusNotices</name>
    <message>
        <source>Your preferences could not be saved, so changes last only until you close the app.</source>
        <translation>No se pudieron guardar sus preferencias. Los cambios solo duran hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <source>The menus and buttons are not available in %1, so they stay in English.</source>
        <translation>Los menús y botones no están disponibles en %1, así que siguen en inglés.</translation>
    </message>
</context>
<context>
    <name>bph::ui::TopicNavigator</name>
    <message>
        <source>Topics and guides</source>
        <translation>Temas y guías</translation>
    </message>
</context>
</TS>
