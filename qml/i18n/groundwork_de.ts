<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AssessmentCard</name>
    <message>
        <location filename="../profile/AssessmentCard.qml" line="+16"/>
        <source>Readiness assessment</source>
        <translation>Standorttest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not taken yet. Its results are kept apart from your practice.</source>
        <translation>Noch nicht gemacht. Seine Ergebnisse werden getrennt von deinem Üben geführt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Form %1, %2: %3</source>
        <translation>Fassung %1, %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form %1 · %2</source>
        <translation>Fassung %1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results and reasoning of form %1</source>
        <translation>Ergebnisse und Begründungen der Fassung %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Change from your first sitting</source>
        <translation>Veränderung seit deinem ersten Durchgang</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>By dimension (fewer answers each, so the ranges are wider):</source>
        <translation>Nach Bereichen (weniger Antworten je Bereich, daher breitere Spannen):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Take the assessment</source>
        <translation>Standorttest machen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Include these results when I share my profile with my cohort lead</source>
        <translation>Diese Ergebnisse mitschicken, wenn ich meine Standortbestimmung mit meiner Kohortenleitung teile</translation>
    </message>
</context>
<context>
    <name>AssessmentResults</name>
    <message>
        <location filename="../drill/AssessmentResults.qml" line="+50"/>
        <source>Your readiness assessment</source>
        <translation>Dein Standorttest</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Overall for %1: %2</source>
        <translation>Insgesamt für %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overall for %1</source>
        <translation>Insgesamt für %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>By dimension</source>
        <translation>Nach Bereichen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: about %2, likely %3 to %4</source>
        <translation>%1: etwa %2, wahrscheinlich %3 bis %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>about %1, likely %2 to %3 · weight for this role %4%</source>
        <translation>etwa %1, wahrscheinlich %2 bis %3 · Gewicht für diese Rolle %4&#xa0;%</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>This form is closed: it measured your judgment on situations you had not seen. The light band shows how sure each figure is.</source>
        <translation>Diese Fassung ist abgeschlossen: Sie hat dein Urteilsvermögen in Situationen gemessen, die du noch nicht kanntest. Das helle Band zeigt, wie sicher jede Zahl ist.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Your profile keeps this result apart from your practice. Once you have taken both forms, six weeks apart, it shows how your judgment has changed.</source>
        <translation>Deine Standortbestimmung führt dieses Ergebnis getrennt von deinem Üben. Hast du beide Fassungen im Abstand von sechs Wochen gemacht, zeigt sie, wie sich dein Urteilsvermögen verändert hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide the reasoning</source>
        <translation>Begründungen ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>See the reasoning for each answer</source>
        <translation>Begründung zu jeder Antwort ansehen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>You chose one of the strongest options:</source>
        <translation>Du hast eine der stärksten Optionen gewählt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You chose:</source>
        <translation>Deine Wahl:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The strongest option:</source>
        <translation>Die stärkste Option:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>CardStepper</name>
    <message>
        <location filename="../lesson/CardStepper.qml" line="+35"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous card</source>
        <translation>Vorherige Karte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card %1 of %2</source>
        <translation>Karte %1 von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish the cards</source>
        <translation>Karten abschließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next card</source>
        <translation>Nächste Karte</translation>
    </message>
</context>
<context>
    <name>CohortRoleEditor</name>
    <message>
        <location filename="../lead/CohortRoleEditor.qml" line="+32"/>
        <source>One per line</source>
        <translation>Eins pro Zeile</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The role your cohort trains for</source>
        <translation>Die Rolle, für die deine Kohorte übt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not set yet. Members&apos; profiles measure against it once you save; they can still compare against another role.</source>
        <translation>Noch nicht festgelegt. Sobald du speicherst, messen sich die Profile der Mitglieder daran; sie können sich weiterhin mit einer anderen Rolle vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1, saved %2. Members&apos; profiles measure against it unless they chose another role; after each save they see what changed.</source>
        <translation>Version %1, gespeichert am %2. Die Profile der Mitglieder messen sich daran, sofern sie keine andere Rolle gewählt haben; nach jedem Speichern sehen sie, was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choosing a template replaces the fields below with its text.</source>
        <translation>Eine Vorlage zu wählen ersetzt die Felder unten durch ihren Text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decisions this manager owns</source>
        <translation>Entscheidungen, die diese Führungskraft trifft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions this manager owns, one per line</source>
        <translation>Entscheidungen, die diese Führungskraft trifft, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions this manager does not own</source>
        <translation>Entscheidungen, die diese Führungskraft nicht trifft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions this manager does not own, one per line</source>
        <translation>Entscheidungen, die diese Führungskraft nicht trifft, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success at 90 days</source>
        <translation>Erfolg nach 90 Tagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Success at 90 days, one per line</source>
        <translation>Erfolg nach 90 Tagen, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Span of control (direct reports; 0: not stated)</source>
        <translation>Führungsspanne (direkt Berichtende; 0: nicht angegeben)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Span of control</source>
        <translation>Führungsspanne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The judgment calls: how much the role asks of each dimension</source>
        <translation>Die Ermessensentscheidungen: wie viel die Rolle in jeder Dimension verlangt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 leaves a dimension out; the weights count relative to each other.</source>
        <translation>0 lässt eine Dimension weg; die Gewichte zählen im Verhältnis zueinander.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save as version %1</source>
        <translation>Als Version %1 speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. Members receive it when they next sync.</source>
        <translation>Gespeichert. Die Mitglieder erhalten sie bei ihrer nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>CohortStep</name>
    <message>
        <location filename="../onboarding/CohortStep.qml" line="+15"/>
        <source>Part of a cohort?</source>
        <translation>Teil einer Kohorte?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>If your organisation runs a cohort, your cohort lead can give you an invite code. It is optional: you can join later in the Cohort section. Your reflections are never shared.</source>
        <translation>Wenn deine Organisation eine Kohorte betreibt, kann dir deine Kohortenleitung einen Einladungscode geben. Das ist freiwillig: Du kannst auch später im Bereich „Kohorte“ beitreten. Deine Reflexionen werden nie geteilt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite code (optional)</source>
        <translation>Einladungscode (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort invite code</source>
        <translation>Einladungscode der Kohorte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>CohortSummary</name>
    <message>
        <location filename="../lead/CohortSummary.qml" line="+25"/>
        <source>This cohort</source>
        <translation>Diese Kohorte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active this week</source>
        <translation>diese Woche aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stalled: no activity for %1 days</source>
        <translation>ins Stocken geraten: seit %1 Tagen keine Aktivität</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 members completed %3</source>
        <translation>%1 von %2 Mitgliedern haben „%3“ abgeschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>completed %1</source>
        <translation>haben „%1“ abgeschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekly active members and sessions</source>
        <translation>Aktive Mitglieder und Einheiten pro Woche</translation>
    </message>
</context>
<context>
    <name>CohortView</name>
    <message>
        <location filename="../cohort/CohortView.qml" line="+71"/>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. cohort.example.org:8443</source>
        <translation>z.&#xa0;B. cohort.example.org:8443</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort server address</source>
        <translation>Adresse des Kohorten-Servers</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Your name, as your lead will see it</source>
        <translation>Dein Name, wie deine Kohortenleitung ihn sieht</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+15"/>
        <source>Link code</source>
        <translation>Verknüpfungscode</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Join your cohort with the invite code from your cohort lead. Your answers and private writing then sync between your devices, end-to-end encrypted: the cohort server cannot read them. Your lead sees your progress — on which days you did lessons and drills — never your answers or reflections. Sharing your readiness profile with your lead is your choice: it stays off unless you turn it on after joining.</source>
        <translation>Tritt deiner Kohorte mit dem Einladungscode deiner Kohortenleitung bei. Deine Antworten und privaten Notizen werden dann zwischen deinen Geräten abgeglichen, Ende-zu-Ende-verschlüsselt: Der Kohortenserver kann sie nicht lesen. Deine Leitung sieht deinen Fortschritt – an welchen Tagen du Lektionen und Übungen gemacht hast –, nie deine Antworten oder Reflexionen. Ob du dein Bereitschaftsprofil mit deiner Leitung teilst, entscheidest du: Es bleibt aus, bis du es nach dem Beitritt einschaltest.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On the device where you joined, open Cohort and choose “Get a link code”. Type the whole code here, with the same server address: it also carries the key to your encrypted answers, which the server never sees. This device then syncs with your other one: the same answers, the same private writing, the same profile.</source>
        <translation>Öffne auf dem Gerät, mit dem du beigetreten bist, „Kohorte“ und wähle „Verknüpfungscode holen“. Gib hier den ganzen Code mit derselben Serveradresse ein: Er enthält auch den Schlüssel zu deinen verschlüsselten Antworten, den der Server nie sieht. Dieses Gerät gleicht sich dann mit dem anderen ab: dieselben Antworten, dieselben privaten Notizen, dasselbe Profil.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lost every device? Type your cohort server&apos;s address and the recovery key you printed or saved. This device then signs in to your account and opens your answers and private writing again. Afterwards, sign the lost devices out under “Devices that sync for you”.</source>
        <translation>Alle Geräte verloren? Gib die Adresse deines Kohorten-Servers und den Wiederherstellungsschlüssel ein, den du ausgedruckt oder gespeichert hast. Dieses Gerät meldet sich dann bei deinem Konto an und öffnet deine Antworten und privaten Notizen wieder. Melde danach die verlorenen Geräte unter „Geräte, die für dich abgleichen“ ab.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+15"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>XXXX-XXXX-… (14 groups)</source>
        <translation>XXXX-XXXX-… (14 Gruppen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXX</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore my account</source>
        <translation>Mein Konto wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joining…</source>
        <translation>Wird beigetreten …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linking…</source>
        <translation>Wird verknüpft …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join cohort</source>
        <translation>Kohorte beitreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link this device</source>
        <translation>Dieses Gerät verknüpfen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Joining</source>
        <translation>Beitritt läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linking</source>
        <translation>Wird verknüpft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Join with an invite code instead</source>
        <translation>Stattdessen mit einem Einladungscode beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I joined on another device</source>
        <translation>Ich bin auf einem anderen Gerät beigetreten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I lost all my devices: use my recovery key</source>
        <translation>Ich habe alle Geräte verloren: Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>You are in %1.</source>
        <translation>Du bist in der Kohorte %1.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Only your devices hold the key to your private writing. Make a recovery key now, so you can get it back if you ever lose every device? You can also do it later, here or in Settings.</source>
        <translation>Nur deine Geräte haben den Schlüssel zu deinen privaten Notizen. Jetzt einen Wiederherstellungsschlüssel erstellen, damit du sie zurückbekommst, falls du einmal alle Geräte verlierst? Du kannst das auch später tun, hier oder in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Make a recovery key</source>
        <translation>Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now: no recovery key</source>
        <translation>Jetzt nicht: kein Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This device no longer syncs: it was signed out from another of your devices, or your account was deleted. Everything on it stays here. To sync it again, link it with a new code from a device that is still signed in.</source>
        <translation>Dieses Gerät gleicht nicht mehr ab: Es wurde von einem deiner anderen Geräte abgemeldet, oder dein Konto wurde gelöscht. Alles darauf bleibt hier. Um es wieder abzugleichen, verknüpfe es mit einem neuen Code von einem Gerät, das noch angemeldet ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link this device again</source>
        <translation>Dieses Gerät neu verknüpfen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <location line="+32"/>
        <source>Leave cohort</source>
        <translation>Kohorte verlassen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sign this device out to link it again? Your answers stay on this device. Then type the link code from your other device.</source>
        <translation>Dieses Gerät abmelden, um es neu zu verknüpfen? Deine Antworten bleiben auf diesem Gerät. Gib danach den Verknüpfungscode von deinem anderen Gerät ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave this cohort on this device? Your answers stay on this device, and what was already synced stays with the cohort. To join again you need an invite code.</source>
        <translation>Diese Kohorte auf diesem Gerät verlassen? Deine Antworten bleiben auf diesem Gerät, und was schon abgeglichen wurde, bleibt bei der Kohorte. Um wieder beizutreten, brauchst du einen Einladungscode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaving also asks the server to delete the readiness profile you shared.</source>
        <translation>Beim Verlassen wird der Server außerdem gebeten, die geteilte Standortbestimmung zu löschen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes, leave the cohort</source>
        <translation>Ja, Kohorte verlassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay in the cohort</source>
        <translation>In der Kohorte bleiben</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>What your lead sees about you: your name; how many lessons you finished and drill decisions you made in the public tracks; the last day you practised; whether you are practising or stalled (no practice for 14 days, never judged by your scores; your weekly goal stays on your devices, so your lead does not see it); whether you share your profile; and the day you completed the Ready to lead track, once you have. Once enough members share (5 unless your administrator set another minimum, never fewer than 3), your lead also sees the group&apos;s average readiness, which never changes because of one person. Your lead never sees your reflections, your answers, anything from a private track, or a profile you have not shared.</source>
        <translation>Was deine Kohortenleitung über dich sieht: deinen Namen; wie viele Lektionen du abgeschlossen und wie viele Übungsentscheidungen du in den öffentlichen Pfaden getroffen hast; den letzten Tag, an dem du geübt hast; ob du übst oder ins Stocken geraten bist (14 Tage ohne Übung, nie an deinen Ergebnissen gemessen; dein Wochenziel bleibt auf deinen Geräten, deine Kohortenleitung sieht es nicht); ob du dein Profil teilst; und an welchem Tag du den Pfad „Ready to lead“ abgeschlossen hast, sobald das der Fall ist. Sobald genug Mitglieder teilen (5, sofern die Administration kein anderes Minimum gesetzt hat, nie weniger als 3), sieht sie auch die durchschnittliche Bereitschaft der Gruppe, die sich nie wegen einer einzelnen Person ändert. Deine Reflexionen, deine Antworten, alles aus einem privaten Pfad und ein Profil, das du nicht teilst, sieht sie nie.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I lead a cohort: open lead mode</source>
        <translation>Ich leite eine Kohorte: Leitungsmodus öffnen</translation>
    </message>
</context>
<context>
    <name>ConfidencePicker</name>
    <message>
        <location filename="../drill/ConfidencePicker.qml" line="+16"/>
        <source>A guess</source>
        <translation>Geraten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaning</source>
        <translation>Eher sicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairly sure</source>
        <translation>Ziemlich sicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very sure</source>
        <translation>Sehr sicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How sure are you that this is the strongest option?</source>
        <translation>Wie sicher bist du, dass das die stärkste Option ist?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2%</source>
        <translation>%1 · %2&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 percent</source>
        <translation>%1, %2&#xa0;Prozent</translation>
    </message>
</context>
<context>
    <name>DecisionStep</name>
    <message>
        <location filename="../drill/DecisionStep.qml" line="+16"/>
        <source>Decision %1</source>
        <translation>Entscheidung %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Submit my answer</source>
        <translation>Antwort abgeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save and go on</source>
        <translation>Speichern und weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save my answer and go on; the feedback comes at the end</source>
        <translation>Antwort speichern und weiter; die Rückmeldung kommt am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit my answer and see the feedback</source>
        <translation>Antwort abgeben und Rückmeldung ansehen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your answer could not be saved, so nothing changed. Please try again.</source>
        <translation>Deine Antwort konnte nicht gespeichert werden, es hat sich also nichts geändert. Bitte versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>DeviceLinking</name>
    <message>
        <location filename="../cohort/DeviceLinking.qml" line="+55"/>
        <source>Your other devices</source>
        <translation>Deine anderen Geräte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To practise on another phone or computer too, get a link code here and type it there, under Cohort, “I joined on another device”. Your answers and private writing then sync between them, end-to-end encrypted; you stay one person in the cohort.</source>
        <translation>Um auch auf einem anderen Telefon oder Computer zu üben, hol dir hier einen Verknüpfungscode und gib ihn dort unter „Kohorte“, „Ich bin auf einem anderen Gerät beigetreten“ ein. Deine Antworten und privaten Notizen werden dann zwischen ihnen abgeglichen, Ende-zu-Ende-verschlüsselt; du bleibst eine Person in der Kohorte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only your linked devices hold the key to your private writing. Without another linked device or a recovery key (below), it cannot be recovered if you lose every device.</source>
        <translation>Nur deine verknüpften Geräte haben den Schlüssel zu deinen privaten Notizen. Ohne ein weiteres verknüpftes Gerät oder einen Wiederherstellungsschlüssel (unten) lassen sie sich nicht wiederherstellen, wenn du alle Geräte verlierst.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Link code %1</source>
        <translation>Verknüpfungscode %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Getting a code…</source>
        <translation>Code wird geholt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code</source>
        <translation>Neuen Code holen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Get a link code</source>
        <translation>Verknüpfungscode holen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Get a link code for another device</source>
        <translation>Verknüpfungscode für ein anderes Gerät holen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link code copied</source>
        <translation>Verknüpfungscode kopiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the link code</source>
        <translation>Verknüpfungscode kopieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Devices that sync for you</source>
        <translation>Geräte, die für dich abgleichen</translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <location filename="../cohort/DeviceRow.qml" line="+43"/>
        <source>%1 (this device)</source>
        <translation>%1 (dieses Gerät)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1</source>
        <translation>Hinzugefügt am %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign out %1? It stops syncing at once and needs a new link code to sync again. What is on it stays on it.</source>
        <translation>%1 abmelden? Es gleicht sofort nicht mehr ab und braucht einen neuen Verknüpfungscode, um wieder abzugleichen. Was darauf ist, bleibt darauf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign it out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, sign out %1</source>
        <translation>Ja, %1 abmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep %1 signed in</source>
        <translation>%1 angemeldet lassen</translation>
    </message>
</context>
<context>
    <name>DimensionBar</name>
    <message>
        <location filename="../profile/DimensionBar.qml" line="+23"/>
        <source>no evidence yet</source>
        <translation>noch keine Grundlage</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↗ rising</source>
        <translation>↗ steigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ steady</source>
        <translation>→ stabil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↘ lower lately</source>
        <translation>↘ zuletzt niedriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no trend yet</source>
        <translation>noch kein Trend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not measured yet</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1, likely %2 to %3</source>
        <translation>etwa %1, wahrscheinlich %2 bis %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>weight for this role %1%</source>
        <translation>Gewicht für diese Rolle %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2; %3; %4; %5</source>
        <translation>%1: %2; %3; %4; %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; a focus for you</source>
        <translation>; ein Schwerpunkt für dich</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
</context>
<context>
    <name>DrillSummary</name>
    <message>
        <location filename="../drill/DrillSummary.qml" line="+15"/>
        <source>Your judgment in this drill</source>
        <translation>Dein Urteilsvermögen in dieser Übung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scored on the quality of each decision against the expert key, not on how the story ended. 100% means the strongest option every time.</source>
        <translation>Bewertet wird die Qualität jeder Entscheidung im Vergleich zur Expertenlösung, nicht der Ausgang der Geschichte. 100&#xa0;% heißt: jedes Mal die stärkste Option.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not measured in this run</source>
        <translation>%1: in diesem Durchgang nicht gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 percent</source>
        <translation>%1: %2&#xa0;Prozent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <location filename="../drill/DrillView.qml" line="+23"/>
        <source>Readiness assessment · form %1</source>
        <translation>Standorttest · Fassung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness assessment · form %1 · situation %2 of %3</source>
        <translation>Standorttest · Fassung %1 · Situation %2 von %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each answer is saved as you go. The scores and the reasoning come at the end, after the last situation.</source>
        <translation>Jede Antwort wird sofort gespeichert. Ergebnisse und Begründungen kommen am Ende, nach der letzten Situation.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Welcome back: you are continuing where you left off.</source>
        <translation>Schön, dass du wieder da bist: Es geht dort weiter, wo du aufgehört hast.</translation>
    </message>
</context>
<context>
    <name>FeedbackStep</name>
    <message>
        <location filename="../drill/FeedbackStep.qml" line="+14"/>
        <source>Saved. Here is the reasoning.</source>
        <translation>Gespeichert. Hier ist die Begründung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your choice, and the strongest option</source>
        <translation>Deine Wahl – und die stärkste Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your choice</source>
        <translation>Deine Wahl</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The strongest option</source>
        <translation>Die stärkste Option</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>See the summary</source>
        <translation>Zur Zusammenfassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next decision</source>
        <translation>Nächste Entscheidung</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../onboarding/FirstRunView.qml" line="+43"/>
        <source>The goal could not be saved.</source>
        <translation>Das Ziel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Welcome to Groundwork</source>
        <translation>Willkommen bei Groundwork</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Groundwork helps you find out whether management is for you, and lets you practise its judgment calls before a promotion, not after.</source>
        <translation>Groundwork hilft dir herauszufinden, ob Führung etwas für dich ist, und lässt dich ihre Entscheidungen vor einer Beförderung üben – nicht erst danach.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About 5 minutes a day: a short lesson you can listen to, and a decision drill. No streaks and nothing to lose: you set a weekly goal that fits your life, with rest days.</source>
        <translation>Etwa 5 Minuten am Tag: eine kurze Lektion, die du dir auch anhören kannst, und eine Entscheidungsübung. Keine Serien und nichts zu verlieren: Du setzt dir ein Wochenziel, das zu deinem Leben passt, mit Ruhetagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Management is a choice. Deciding to stay an individual contributor is a good outcome too.</source>
        <translation>Führung ist eine Wahl. Wenn du dich dafür entscheidest, in deiner Fachrolle zu bleiben, ist das ebenfalls ein gutes Ergebnis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Get started</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip setup</source>
        <translation>Einrichtung überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip setup and start with the defaults</source>
        <translation>Einrichtung überspringen und mit den Standardeinstellungen beginnen</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../ui/GoalEditor.qml" line="+33"/>
        <source>Sessions a week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sessions a week: %1</source>
        <translation>Einheiten pro Woche: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: rest day</source>
        <translation>%1: Ruhetag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: practice day</source>
        <translation>%1: Übungstag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>With %1 rest days, a week has %2 practice days, so your goal counts as %2.</source>
        <translation>Mit %1 Ruhetagen hat eine Woche %2 Übungstage, daher zählt dein Ziel als %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A week counts when you practise on %1 of its days. Rest days never count against you.</source>
        <translation>Eine Woche zählt, wenn du an %1 ihrer Tage übst. Ruhetage zählen nie gegen dich.</translation>
    </message>
</context>
<context>
    <name>GoalStep</name>
    <message>
        <location filename="../onboarding/GoalStep.qml" line="+15"/>
        <source>A weekly goal, not a streak</source>
        <translation>Ein Wochenziel, keine Serie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How many days a week would you like to practise? Mark the days you keep free; nothing is waiting for you on a rest day.</source>
        <translation>An wie vielen Tagen pro Woche möchtest du üben? Markiere die Tage, die du dir freihältst – an einem Ruhetag wartet nichts auf dich.</translation>
    </message>
</context>
<context>
    <name>GroupProfile</name>
    <message>
        <location filename="../lead/GroupProfile.qml" line="+27"/>
        <source>Group readiness</source>
        <translation>Bereitschaft der Gruppe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hidden: %1 of your members share their readiness profile, and the group figure appears once at least %2 do, so that no one&apos;s readiness can be singled out.</source>
        <translation>Ausgeblendet: %1 deiner Mitglieder teilen ihr Bereitschaftsprofil. Der Gruppenwert erscheint, sobald es mindestens %2 tun, damit niemandes Bereitschaft herausgelesen werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden for now: someone whose profile was part of the last figure stopped sharing or left, and their profile no longer counts. A new figure appears once %1 more members have started or stopped sharing, so no one&apos;s readiness can be singled out.</source>
        <translation>Vorerst ausgeblendet: Jemand, dessen Profil in die letzte Zahl eingeflossen ist, teilt es nicht mehr oder hat die Kohorte verlassen, und dieses Profil zählt nicht mehr. Eine neue Zahl erscheint, sobald %1 weitere Mitglieder mit dem Teilen begonnen oder aufgehört haben, damit niemandes Bereitschaft herausgelesen werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 shared profiles. It changes only once at least %2 members have started or stopped sharing, so no one&apos;s score can be worked out from a change.</source>
        <translation>Aus %1 geteilten Profilen. Er ändert sich erst, wenn mindestens %2 Mitglieder mit dem Teilen begonnen oder aufgehört haben, sodass sich aus einer Änderung niemandes Ergebnis ableiten lässt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 % (band %3–%4 %)</source>
        <translation>%1: %2 % (Bereich %3–%4 %)</translation>
    </message>
</context>
<context>
    <name>InviteCode</name>
    <message>
        <location filename="../lead/InviteCode.qml" line="+25"/>
        <source>Invite code for learners</source>
        <translation>Einladungscode für Lernende</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a code to share with new members. A new code replaces the previous one, which stops working.</source>
        <translation>Erstelle einen Code für neue Mitglieder. Ein neuer Code ersetzt den vorigen, der dann nicht mehr gilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share this code with new members. Valid until %1.</source>
        <translation>Gib diesen Code an neue Mitglieder weiter. Gültig bis %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create invite code</source>
        <translation>Einladungscode erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new code</source>
        <translation>Neuen Code erstellen</translation>
    </message>
</context>
<context>
    <name>LeadSignIn</name>
    <message>
        <location filename="../lead/LeadSignIn.qml" line="+20"/>
        <source>Lead a cohort</source>
        <translation>Eine Kohorte leiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with the lead credential your administrator gave you when they created the cohort (it starts with “gw1.”). You then see your cohort&apos;s progress: who practises, who has had no activity for %1 days, and the group&apos;s readiness once enough members share it.</source>
        <translation>Melde dich mit dem Leitungszugang an, den du beim Anlegen der Kohorte von deiner Administration bekommen hast (er beginnt mit „gw1.“). Dann siehst du den Fortschritt deiner Kohorte: wer übt, wer seit %1 Tagen keine Aktivität hatte, und die Bereitschaft der Gruppe, sobald genug Mitglieder sie teilen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. cohort.example.org:8443</source>
        <translation>z. B. kohorte.example.org:8443</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohort server address</source>
        <translation>Adresse des Kohortenservers</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Lead credential</source>
        <translation>Leitungszugang</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in as lead</source>
        <translation>Als Leitung anmelden</translation>
    </message>
</context>
<context>
    <name>LeadView</name>
    <message>
        <location filename="../lead/LeadView.qml" line="+71"/>
        <source>Your cohort</source>
        <translation>Deine Kohorte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As of %1 (UTC). You see progress only: never reflections, answers, private tracks or a profile someone has not shared.</source>
        <translation>Stand %1 (UTC). Du siehst nur Fortschritt: nie Reflexionen, Antworten, private Pfade oder ein Profil, das jemand nicht teilt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV and xAPI</source>
        <translation>CSV und xAPI exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign out of lead mode</source>
        <translation>Leitungsmodus abmelden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported the roster, the group profile (CSV) and the progress (xAPI) to %1.</source>
        <translation>Mitgliederliste, Gruppenprofil (CSV) und Fortschritt (xAPI) nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../lesson/LessonView.qml" line="+18"/>
        <source>%1 · lesson %2 of %3</source>
        <translation>%1 · Lektion %2 von %3</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Key takeaway</source>
        <translation>Das Wichtigste</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/Main.qml" line="+29"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tracks</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Groundwork</source>
        <translation>Groundwork</translation>
    </message>
</context>
<context>
    <name>MemberStateLabel</name>
    <message>
        <location filename="../lead/MemberStateLabel.qml" line="+17"/>
        <source>Stalled: no activity for %1 days</source>
        <translation>Ins Stocken geraten: seit %1 Tagen keine Aktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stalled: missed their own weekly goal two weeks in a row</source>
        <translation>Ins Stocken geraten: eigenes Wochenziel zwei Wochen hintereinander verfehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resting this week</source>
        <translation>Pausiert diese Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Practising</source>
        <translation>Übt</translation>
    </message>
</context>
<context>
    <name>NarrationBar</name>
    <message>
        <location filename="../lesson/NarrationBar.qml" line="+42"/>
        <source>Pause narration</source>
        <translation>Vorlesen pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play narration</source>
        <translation>Vorlesen starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listening</source>
        <translation>Wird vorgelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>−15 s</source>
        <translation>−15&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back 15 seconds</source>
        <translation>15 Sekunden zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+15 s</source>
        <translation>+15&#xa0;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward 15 seconds</source>
        <translation>15 Sekunden vor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Position %1 of %2</source>
        <translation>Position %1 von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Narration position</source>
        <translation>Vorleseposition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Narration speed</source>
        <translation>Vorlesetempo</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <location filename="../tracks/PrivacyNote.qml" line="+8"/>
        <source>Private: what you write here stays on your devices. Nobody else can read it, including your cohort lead.</source>
        <translation>Privat: Was du hier schreibst, bleibt auf deinen Geräten. Niemand sonst kann es lesen, auch nicht deine Kohortenleitung.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../app/Problem.qml" line="+14"/>
        <source>Groundwork</source>
        <translation>Groundwork</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Groundwork cannot open your saved progress</source>
        <translation>Groundwork kann deinen gespeicherten Fortschritt nicht öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing has been changed or deleted. Your file is still where it was, so an updated app or a support person can recover it.</source>
        <translation>Es wurde nichts geändert oder gelöscht. Deine Datei liegt noch an ihrem Platz, sodass eine aktualisierte App oder der Support sie wiederherstellen kann.</translation>
    </message>
</context>
<context>
    <name>ProfileSharing</name>
    <message>
        <location filename="../cohort/ProfileSharing.qml" line="+21"/>
        <source>Readiness profile</source>
        <translation>Standortbestimmung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Share my readiness profile with my cohort lead</source>
        <translation>Meine Standortbestimmung mit meiner Kohortenleitung teilen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>While this is on, your lead sees a copy of your profile: the role it is measured against, your overall and per-dimension estimates with their uncertainty, how many decisions back each one, their trend, and whether your confidence is well calibrated. If you also chose so on your Profile, it includes your readiness assessment results: for each sitting, its day and its overall and per-dimension figures with their uncertainty, never the answers. The copy is updated when you sync.</source>
        <translation>Solange das eingeschaltet ist, sieht deine Kohortenleitung eine Kopie deiner Standortbestimmung: die Rolle, an der sie gemessen wird, deine Gesamt- und Bereichswerte mit ihrer Unsicherheit, wie viele Entscheidungen hinter jedem Wert stehen, ihren Verlauf und ob deine Sicherheit gut eingeschätzt ist. Hast du es in deiner Standortbestimmung so gewählt, enthält sie auch die Ergebnisse deines Standorttests: für jeden Durchgang den Tag sowie Gesamt- und Bereichswerte mit ihrer Unsicherheit, nie die Antworten. Die Kopie wird beim Abgleich aktualisiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Never shared with your lead: your reflections, anything from the “Back to IC” and “Is it for me?” tracks, and your individual answers. All of them are end-to-end encrypted between your devices: the cohort server stores only on which days you did a lesson, a quick check or a drill or set a goal, and your lead sees only how far you have come.</source>
        <translation>Nie mit deiner Kohortenleitung geteilt: deine Reflexionen, alles aus den Pfaden „Zurück in die Fachrolle“ und „Ist das etwas für mich?“ und deine einzelnen Antworten. All das ist zwischen deinen Geräten Ende-zu-Ende-verschlüsselt: Der Kohortenserver speichert nur, an welchen Tagen du eine Lektion, eine Verständnisfrage oder eine Übung gemacht oder ein Ziel gesetzt hast, und deine Leitung sieht nur, wie weit du gekommen bist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You can turn sharing off at any time; the server then deletes your lead&apos;s copy. Both choices, sharing your profile here and including your assessment results on your Profile, apply to all of your devices: whichever you make last, on any of them, is the one that counts.</source>
        <translation>Du kannst das Teilen jederzeit ausschalten; der Server löscht dann die Kopie deiner Kohortenleitung. Beide Entscheidungen, das Teilen deiner Standortbestimmung hier und das Einbeziehen der Ergebnisse deines Standorttests (in deiner Standortbestimmung), gelten für alle deine Geräte: Es zählt die, die du zuletzt triffst, egal auf welchem Gerät.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../profile/ProfileView.qml" line="+47"/>
        <source>Your readiness profile</source>
        <translation>Deine Standortbestimmung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How your judgment in the drills compares with what the role asks. The light band shows how sure each estimate is; it narrows as evidence grows. It scores your judgment, not luck with outcomes.</source>
        <translation>Wie dein Urteilsvermögen in den Übungen zu dem passt, was die Rolle verlangt. Das helle Band zeigt, wie sicher jede Schätzung ist; es wird schmaler, je mehr Grundlage es gibt. Bewertet wird dein Urteil, nicht das Glück mit dem Ausgang.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Measured against</source>
        <translation>Gemessen an</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>By dimension</source>
        <translation>Nach Bereichen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Overall for %1</source>
        <translation>Insgesamt für %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Based on %1</source>
        <translation>Grundlage: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>How well your confidence matches</source>
        <translation>Wie gut deine Sicherheit passt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
</context>
<context>
    <name>QuickCheck</name>
    <message>
        <location filename="../lesson/QuickCheck.qml" line="+18"/>
        <source>Quick check</source>
        <translation>Kurz geprüft</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check my answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Right.</source>
        <translation>Richtig.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not quite.</source>
        <translation>Nicht ganz.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyCard</name>
    <message>
        <location filename="../cohort/RecoveryKeyCard.qml" line="+102"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A recovery key is on. With it and your server&apos;s address, a new device can open your answers and private writing even if you lose every device. Making a new key stops the old one working.</source>
        <translation>Ein Wiederherstellungsschlüssel ist eingeschaltet. Mit ihm und der Adresse deines Servers kann ein neues Gerät deine Antworten und privaten Notizen öffnen, selbst wenn du alle Geräte verlierst. Ein neuer Schlüssel macht den alten ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your private writing is encrypted with keys that only your devices hold: if you lose every device and have no recovery key, no one can recover it, not even the cohort server. A recovery key is a line of letters and digits you print or save and keep somewhere safe. It is off unless you turn it on.</source>
        <translation>Deine privaten Notizen sind mit Schlüsseln verschlüsselt, die nur deine Geräte haben: Verlierst du alle Geräte und hast keinen Wiederherstellungsschlüssel, kann sie niemand wiederherstellen, auch nicht der Kohorten-Server. Ein Wiederherstellungsschlüssel ist eine Zeile aus Buchstaben und Ziffern, die du ausdruckst oder speicherst und sicher aufbewahrst. Er ist aus, bis du ihn einschaltest.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your recovery key. Print it, save it or write it down now: it is shown only this once, and anyone holding it can read your answers and private writing.</source>
        <translation>Dein Wiederherstellungsschlüssel. Drucke, speichere oder notiere ihn jetzt: Er wird nur dieses eine Mal angezeigt, und wer ihn hat, kann deine Antworten und privaten Notizen lesen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recovery key %1</source>
        <translation>Wiederherstellungsschlüssel %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the recovery key</source>
        <translation>Wiederherstellungsschlüssel kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save as a text file</source>
        <translation>Als Textdatei speichern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as PDF to print</source>
        <translation>Als PDF zum Drucken speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key as a PDF to print</source>
        <translation>Wiederherstellungsschlüssel als PDF zum Drucken speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I have kept it</source>
        <translation>Ich habe ihn aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have kept the recovery key; hide it</source>
        <translation>Ich habe den Wiederherstellungsschlüssel aufbewahrt; ausblenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to %1 and opened to print. Keep the paper somewhere safe, then delete the file, or keep the file somewhere only you can reach.</source>
        <translation>Gespeichert unter %1 und zum Drucken geöffnet. Bewahre das Papier sicher auf und lösche dann die Datei – oder bewahre die Datei dort auf, wo nur du sie erreichst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy saved before is still in %1: delete it too, or keep it as safe.</source>
        <translation>Die zuvor gespeicherte Kopie liegt noch in %1: Lösche sie auch oder bewahre sie ebenso sicher auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save to another folder…</source>
        <translation>In einem anderen Ordner speichern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the PDF to another folder</source>
        <translation>Das PDF in einem anderen Ordner speichern</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose a folder for the PDF</source>
        <translation>Wähle einen Ordner für das PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Saved to %1. Print it from there, then keep the paper and delete the file, or keep the file somewhere only you can reach.</source>
        <translation>Gespeichert unter %1. Drucke ihn von dort aus, bewahre das Papier auf und lösche die Datei – oder bewahre die Datei dort auf, wo nur du sie erreichst.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the recovery key as a PDF</source>
        <translation>Wiederherstellungsschlüssel als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Working…</source>
        <translation>Einen Moment …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new recovery key</source>
        <translation>Neuen Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a recovery key</source>
        <translation>Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Turn the recovery key off</source>
        <translation>Wiederherstellungsschlüssel ausschalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Turn the recovery key off? The server deletes its copy and your key stops working. Without another linked device, your private writing cannot be recovered if you lose this one.</source>
        <translation>Wiederherstellungsschlüssel ausschalten? Der Server löscht seine Kopie, und dein Schlüssel funktioniert nicht mehr. Ohne ein weiteres verknüpftes Gerät lassen sich deine privaten Notizen nicht wiederherstellen, wenn du dieses verlierst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes, turn the recovery key off</source>
        <translation>Ja, Wiederherstellungsschlüssel ausschalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep it on</source>
        <translation>Eingeschaltet lassen</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <location filename="../cohort/recoverykeysheet.cpp" line="+89"/>
        <source>The recovery key could not be saved as a PDF to %1. %2</source>
        <translation>Der Wiederherstellungsschlüssel konnte nicht als PDF unter %1 gespeichert werden. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no key to save.</source>
        <translation>Es gibt keinen Schlüssel zum Speichern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Groundwork recovery key</source>
        <translation>Groundwork-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+27"/>
        <source>The page could not be drawn.</source>
        <translation>Die Seite konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is for</source>
        <translation>Wofür er ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you lose every device that holds your Groundwork answers, this key lets a new device open your answers and private writing again. On the new device, open Cohort, choose “I lost all my devices: use my recovery key”, and type your cohort server&apos;s address and this key. Dashes, spaces and upper or lower case do not matter.</source>
        <translation>Verlierst du alle Geräte mit deinen Groundwork-Antworten, kann ein neues Gerät mit diesem Schlüssel deine Antworten und privaten Notizen wieder öffnen. Öffne auf dem neuen Gerät „Kohorte“, wähle „Ich habe alle Geräte verloren: Wiederherstellungsschlüssel verwenden“ und gib die Adresse deines Kohorten-Servers und diesen Schlüssel ein. Bindestriche, Leerzeichen sowie Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without it</source>
        <translation>Ohne ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your private writing is encrypted with keys that only your devices and this key hold. The cohort server keeps only encrypted copies, so Groundwork cannot recover your private writing without this key if you lose every device.</source>
        <translation>Deine privaten Notizen sind mit Schlüsseln verschlüsselt, die nur deine Geräte und dieser Schlüssel haben. Der Kohorten-Server bewahrt nur verschlüsselte Kopien auf. Verlierst du alle Geräte, kann Groundwork deine privaten Notizen ohne diesen Schlüssel nicht wiederherstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it safe</source>
        <translation>Bewahre ihn sicher auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone holding this key and your server&apos;s address can read your answers and private writing. Keep this page where only you can reach it, not beside your device. Making a new recovery key replaces this one: this one then stops working.</source>
        <translation>Wer diesen Schlüssel und die Adresse deines Servers hat, kann deine Antworten und privaten Notizen lesen. Bewahre dieses Blatt dort auf, wo nur du es erreichst, nicht neben deinem Gerät. Ein neuer Wiederherstellungsschlüssel ersetzt diesen: Dieser funktioniert dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../tracks/ReflectionEditor.qml" line="+71"/>
        <source>Write as much or as little as you like.</source>
        <translation>Schreib so viel oder so wenig, wie du möchtest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer to: %1</source>
        <translation>Deine Antwort auf: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save your answer</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back to the track</source>
        <translation>Zurück zum Pfad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>please try again</source>
        <translation>bitte versuch es noch einmal</translation>
    </message>
</context>
<context>
    <name>RoleWeightRow</name>
    <message>
        <location filename="../lead/RoleWeightRow.qml" line="+48"/>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
</context>
<context>
    <name>RosterTable</name>
    <message>
        <location filename="../lead/RosterTable.qml" line="+17"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks on own goal</source>
        <translation>Wochen im eigenen Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares profile</source>
        <translation>Teilt Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed %1</source>
        <translation>„%1“ abgeschlossen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Roster</source>
        <translation>Mitgliederliste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No one has joined yet. Share the invite code with your cohort.</source>
        <translation>Noch ist niemand beigetreten. Gib den Einladungscode an deine Kohorte weiter.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sort the roster by</source>
        <translation>Mitgliederliste sortieren nach</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+54"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>%n lesson(s) finished</source>
        <translation>
            <numerusform>%n Lektion abgeschlossen</numerusform>
            <numerusform>%n Lektionen abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n drill decision(s)</source>
        <translation>
            <numerusform>%n Übungsentscheidung</numerusform>
            <numerusform>%n Übungsentscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n week(s) on own goal</source>
        <translation>
            <numerusform>%n Woche im eigenen Ziel</numerusform>
            <numerusform>%n Wochen im eigenen Ziel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last active: %1 · shares profile: %2</source>
        <translation>Zuletzt aktiv: %1 · teilt Profil: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Completed %1 on %2</source>
        <translation>„%1“ abgeschlossen am %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weeks on own goal shows “—”: members&apos; goal plans stay on their devices, so the server cannot count them. It judges a stall by days without activity alone (%1 in a row).</source>
        <translation>„Wochen im eigenen Ziel“ zeigt „—“: Die Wochenpläne der Mitglieder bleiben auf ihren Geräten, der Server kann sie also nicht zählen. Ob jemand ins Stocken geraten ist, beurteilt er allein nach Tagen ohne Aktivität (%1 in Folge).</translation>
    </message>
</context>
<context>
    <name>SectionHeader</name>
    <message>
        <location filename="../app/BackButton.qml" line="+10"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
</context>
<context>
    <name>ServerRequestsNote</name>
    <message>
        <location filename="../settings/ServerRequestsNote.qml" line="+53"/>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try to reach the cohort server now</source>
        <translation>Jetzt versuchen, den Kohorten-Server zu erreichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this note</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../settings/SettingsView.qml" line="+36"/>
        <location line="+54"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The goal could not be saved.</source>
        <translation>Das Ziel konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick a rhythm that fits your weeks. There are no streaks to keep: a week simply counts when you reach your goal.</source>
        <translation>Wähle einen Rhythmus, der zu deinen Wochen passt. Es gibt keine Serien zu halten: Eine Woche zählt einfach, wenn du dein Ziel erreichst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save goal</source>
        <translation>Ziel speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save weekly goal</source>
        <translation>Wochenziel speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remind me on practice days</source>
        <translation>An Übungstagen erinnern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One notification at the time you choose, never on rest days, and not once today&apos;s session is done.</source>
        <translation>Eine Benachrichtigung zur gewählten Uhrzeit, nie an Ruhetagen und nicht mehr, wenn du heute schon geübt hast.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+82"/>
        <source>Same as system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Theme: %1</source>
        <translation>Design: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text size: %1%</source>
        <translation>Textgröße: %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A sample of lesson text at this size.</source>
        <translation>Ein Beispiel für Lektionstext in dieser Größe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listening</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Narration speed</source>
        <translation>Vorlesetempo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Narration speed: %1</source>
        <translation>Vorlesetempo: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new language applies the next time Groundwork starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Groundwork.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything you do in Groundwork is kept on this device. You can take a full copy as a JSON file, or delete it all. The copy includes your private reflections in plain text, so keep it somewhere safe.</source>
        <translation>Alles, was du in Groundwork tust, bleibt auf diesem Gerät. Du kannst eine vollständige Kopie als JSON-Datei mitnehmen oder alles löschen. Die Kopie enthält deine privaten Reflexionen als Klartext – bewahre sie also sicher auf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export to file</source>
        <translation>Exportieren in Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export my data</source>
        <translation>Meine Daten exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export my data to %1</source>
        <translation>Meine Daten nach %1 exportieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen …</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Where should your data be deleted?</source>
        <translation>Wo sollen deine Daten gelöscht werden?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Are you sure? Your data on this device and your account on the cohort server will be deleted. This cannot be undone.</source>
        <translation>Bist du sicher? Deine Daten auf diesem Gerät und dein Konto auf dem Kohorten-Server werden gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure? Your data on this device will be deleted. This cannot be undone.</source>
        <translation>Bist du sicher? Deine Daten auf diesem Gerät werden gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On this device only</source>
        <translation>Nur auf diesem Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete on this device only</source>
        <translation>Nur auf diesem Gerät löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removes every lesson, drill answer, reflection and goal from this device, and signs this device out of your cohort. Your account on the cohort server and the answers already synced there stay, for your other devices.</source>
        <translation>Entfernt jede Lektion, jede Übungsantwort, jede Reflexion und jedes Ziel von diesem Gerät und meldet dieses Gerät von deiner Kohorte ab. Dein Konto auf dem Kohorten-Server und die dort schon abgeglichenen Antworten bleiben, für deine anderen Geräte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes every lesson, drill answer, reflection and goal from this device. This device is not signed in to a cohort server, so nothing is sent anywhere.</source>
        <translation>Entfernt jede Lektion, jede Übungsantwort, jede Reflexion und jedes Ziel von diesem Gerät. Dieses Gerät ist bei keinem Kohorten-Server angemeldet, also wird nichts irgendwohin geschickt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete on this device and on the cohort server</source>
        <translation>Auf diesem Gerät und auf dem Kohorten-Server löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also deletes your account on the cohort server: every answer synced there, your shared profile and the sign-in of each of your devices. If the server cannot be reached now, Groundwork keeps trying until it confirms, and shows here when it is done.</source>
        <translation>Löscht auch dein Konto auf dem Kohorten-Server: jede dort abgeglichene Antwort, dein geteiltes Profil und die Anmeldung jedes deiner Geräte. Ist der Server gerade nicht erreichbar, versucht Groundwork es weiter, bis er es bestätigt, und zeigt hier, wann es erledigt ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If you want a copy, export first.</source>
        <translation>Wenn du eine Kopie möchtest, exportiere zuerst.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete everywhere</source>
        <translation>Überall löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete on this device</source>
        <translation>Auf diesem Gerät löschen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Keep my data</source>
        <translation>Daten behalten</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Continue to delete all my data</source>
        <translation>Weiter zum Löschen aller meiner Daten</translation>
    </message>
</context>
<context>
    <name>StalledMembers</name>
    <message>
        <location filename="../lead/StalledMembers.qml" line="+28"/>
        <source>Stalled</source>
        <translation>Ins Stocken geraten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No one has stalled. Stalled means no activity in the public tracks for %1 days in a row (no lesson, drill, quick check or goal change); scores play no part. Goals and rest weeks stay on members&apos; devices, so a planned break counts as no activity too.</source>
        <translation>Niemand ist ins Stocken geraten. Das heißt: %1 Tage in Folge keine Aktivität in den öffentlichen Pfaden (keine Lektion, Übung, Verständnisfrage oder Zieländerung); Ergebnisse spielen keine Rolle. Ziele und Pausenwochen bleiben auf den Geräten der Mitglieder, daher zählt auch eine geplante Pause als keine Aktivität.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No activity in the public tracks for %1 days in a row (no lesson, drill, quick check or goal change); scores play no part. Goals and rest weeks stay on members&apos; devices, so this may be a planned break. A good moment to ask how it goes.</source>
        <translation>%1 Tage in Folge keine Aktivität in den öffentlichen Pfaden (keine Lektion, Übung, Verständnisfrage oder Zieländerung); Ergebnisse spielen keine Rolle. Ziele und Pausenwochen bleiben auf den Geräten der Mitglieder, es kann also eine geplante Pause sein. Ein guter Moment, nachzufragen, wie es läuft.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No practice yet</source>
        <translation>Noch keine Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last active %1</source>
        <translation>Zuletzt aktiv am %1</translation>
    </message>
</context>
<context>
    <name>StepButtons</name>
    <message>
        <location filename="../onboarding/StepButtons.qml" line="+8"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip this step</source>
        <translation>Diesen Schritt überspringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>SyncNowButton</name>
    <message>
        <location filename="../cohort/SyncNowButton.qml" line="+11"/>
        <source>Syncing…</source>
        <translation>Wird abgeglichen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
</context>
<context>
    <name>SyncProblemNotes</name>
    <message>
        <location filename="../cohort/SyncProblemNotes.qml" line="+27"/>
        <source>This device was not included when your keys changed on %1. Link it again from another device.</source>
        <translation>Dieses Gerät war nicht dabei, als sich deine Schlüssel am %1 geändert haben. Verknüpfe es erneut von einem anderen Gerät aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you record here is safe and keeps syncing up, but what your other devices wrote since then cannot be opened on this one. Get a link code on a device that has your keys (Cohort, “Get a link code”), then sign this device out here and type the code.</source>
        <translation>Was du hier festhältst, ist sicher und wird weiter hochgeladen, aber was deine anderen Geräte seitdem geschrieben haben, lässt sich auf diesem nicht öffnen. Hol dir auf einem Gerät mit deinen Schlüsseln einen Verknüpfungscode („Kohorte“, „Verknüpfungscode holen“), melde dann dieses Gerät hier ab und gib den Code ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link this device again</source>
        <translation>Dieses Gerät neu verknüpfen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n item(s) from the server could not be verified and were not applied.</source>
        <translation>
            <numerusform>%n Eintrag vom Server ließ sich nicht prüfen und wurde nicht übernommen.</numerusform>
            <numerusform>%n Einträge vom Server ließen sich nicht prüfen und wurden nicht übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each item your devices sync is sealed, so a change on the way or on the server shows. These did not match their seal, so this device left them out. Nothing here was changed, and the device that recorded them still has the originals.</source>
        <translation>Jeder Eintrag, den deine Geräte abgleichen, ist versiegelt, sodass eine Änderung unterwegs oder auf dem Server auffällt. Diese passten nicht zu ihrem Siegel, deshalb hat dieses Gerät sie ausgelassen. Hier wurde nichts verändert, und das Gerät, das sie aufgezeichnet hat, hat die Originale noch.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK, put this note away</source>
        <translation>OK, Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <location filename="../cohort/SyncSummary.qml" line="+23"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in a cohort. If your organisation runs one, your cohort lead gives you an invite code. Your reflections are never shared with a cohort.</source>
        <translation>In keiner Kohorte. Wenn deine Organisation eine betreibt, gibt dir deine Kohortenleitung einen Einladungscode. Deine Reflexionen werden nie mit einer Kohorte geteilt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cohort and devices</source>
        <translation>Kohorte und Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join a cohort</source>
        <translation>Einer Kohorte beitreten</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../today/TodayView.qml" line="+41"/>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You chose today as a rest day. Nothing is waiting for you; rest is part of the plan.</source>
        <translation>Du hast heute als Ruhetag gewählt. Es wartet nichts auf dich – Ruhe gehört zum Plan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practise anyway</source>
        <translation>Trotzdem üben</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Lesson · %1</source>
        <translation>Lektion · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every lesson of this track is done</source>
        <translation>Alle Lektionen dieses Pfads sind erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse the tracks to revisit a lesson or try another track.</source>
        <translation>Sieh dir die Pfade an, um eine Lektion zu wiederholen oder einen anderen Pfad auszuprobieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start lesson</source>
        <translation>Lektion starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review · %1</source>
        <translation>Wiederholung · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill · %1</source>
        <translation>Übung · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A drill you have met before, back because this is an area to strengthen.</source>
        <translation>Eine Übung, die du schon kennst – sie ist wieder da, weil du diesen Bereich stärken kannst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new situation, chosen for the area where your evidence is thinnest.</source>
        <translation>Eine neue Situation, ausgewählt für den Bereich, in dem es bisher am wenigsten Grundlage gibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start review</source>
        <translation>Wiederholung starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start drill</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Readiness assessment · form %1</source>
        <translation>Standorttest · Fassung %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Continue your assessment</source>
        <translation>Standorttest fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Six weeks on: see how your judgment has grown</source>
        <translation>Sechs Wochen später: Sieh, wie dein Urteilsvermögen gewachsen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where do you stand today?</source>
        <translation>Wo stehst du heute?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where do you start from?</source>
        <translation>Wo stehst du am Anfang?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your answers so far are saved. The rest of the form is waiting where you left it.</source>
        <translation>Deine bisherigen Antworten sind gespeichert. Der Rest wartet dort, wo du aufgehört hast.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n situation(s) you have not seen, taken once. No feedback until the end; then your result against your role, with how sure it is.</source>
        <translation>
            <numerusform>%n Situation, die du noch nicht kennst, nur einmal. Keine Rückmeldung bis zum Ende; dann dein Ergebnis für deine Rolle, mit seiner Sicherheit.</numerusform>
            <numerusform>%n Situationen, die du noch nicht kennst, nur einmal. Keine Rückmeldung bis zum Ende; dann dein Ergebnis für deine Rolle, mit seiner Sicherheit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the assessment</source>
        <translation>Standorttest beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skip for now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip for now; you can take it later from your profile</source>
        <translation>Jetzt nicht; du kannst ihn später über deine Standortbestimmung machen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 sessions: this week&apos;s goal is met.</source>
        <translation>%1 von %2 Einheiten: Das Wochenziel ist erreicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 sessions so far.</source>
        <translation>Bisher %1 von %2 Einheiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 sessions this week</source>
        <translation>%1 von %2 Einheiten diese Woche</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Goal met in %1 of the %2 weeks since you started.</source>
        <translation>Ziel erreicht in %1 der %2 Wochen seit deinem Start.</translation>
    </message>
</context>
<context>
    <name>TrackItemCard</name>
    <message>
        <location filename="../tracks/TrackItemCard.qml" line="+18"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflection · you have written here</source>
        <translation>Reflexion · du hast hier geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection · write when you are ready</source>
        <translation>Reflexion · schreib, wenn du so weit bist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, done</source>
        <translation>, erledigt</translation>
    </message>
</context>
<context>
    <name>TrackStep</name>
    <message>
        <location filename="../onboarding/TrackStep.qml" line="+15"/>
        <source>Where would you like to start?</source>
        <translation>Womit möchtest du anfangen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You can switch tracks or browse the others at any time.</source>
        <translation>Du kannst jederzeit den Pfad wechseln oder dir die anderen ansehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>TracksView</name>
    <message>
        <location filename="../tracks/TracksView.qml" line="+130"/>
        <source>Tracks</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Three paths, each worth taking. Browse any of them; Today follows the one you choose.</source>
        <translation>Drei Pfade, jeder davon lohnt sich. Sieh dir jeden an; „Heute“ folgt dem, den du wählst.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today&apos;s track</source>
        <translation>Dein Pfad für „Heute“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All tracks</source>
        <translation>Alle Pfade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to all tracks</source>
        <translation>Zurück zu allen Pfaden</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Use this track for Today</source>
        <translation>Diesen Pfad für „Heute“ nutzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today&apos;s lessons and drills come from this track.</source>
        <translation>Die Lektionen und Übungen für „Heute“ kommen aus diesem Pfad.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Closing reflection</source>
        <translation>Abschließende Reflexion</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The role you measure against: %1</source>
        <translation>Die Rolle, an der du dich misst: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The role you measure against</source>
        <translation>Die Rolle, an der du dich misst</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>See or change it in your Profile</source>
        <translation>Im Profil ansehen oder ändern</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Where to go from here</source>
        <translation>Wie es weitergehen kann</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next step %1</source>
        <translation>Nächster Schritt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the track %1</source>
        <translation>Den Pfad %1 öffnen</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Where do you stand?</source>
        <translation>Wo stehst du?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every answer here is a sound one, and you can change it whenever you like.</source>
        <translation>Jede Antwort hier ist eine gute, und du kannst sie ändern, wann immer du möchtest.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>Your choice: %1</source>
        <translation>Deine Wahl: %1</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../profile/TrendChart.qml" line="+20"/>
        <source>Weekly judgment score: %1</source>
        <translation>Wöchentlicher Urteilswert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week of %1, %2</source>
        <translation>Woche ab %1, %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your weekly trend appears here once you have played a few drills.</source>
        <translation>Dein Wochentrend erscheint hier, sobald du ein paar Übungen gemacht hast.</translation>
    </message>
</context>
<context>
    <name>TryItCard</name>
    <message>
        <location filename="../lesson/TryItCard.qml" line="+30"/>
        <source>Try it at work this week</source>
        <translation>Diese Woche bei der Arbeit ausprobieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>If you try it, a line on how it went helps it stick. Optional, and private: the note stays on this device.</source>
        <translation>Wenn du es ausprobierst, hilft eine Zeile dazu, wie es lief, damit es hängen bleibt. Freiwillig und privat: Die Notiz bleibt auf diesem Gerät.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your private note on how the assignment went</source>
        <translation>Deine private Notiz dazu, wie die Aufgabe gelaufen ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not saved: please try again</source>
        <translation>Nicht gespeichert: Bitte versuche es noch einmal</translation>
    </message>
</context>
<context>
    <name>TryItRecall</name>
    <message>
        <location filename="../today/TryItRecall.qml" line="+25"/>
        <source>Try it at work · %1</source>
        <translation>Bei der Arbeit ausprobieren · %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last week you planned to:</source>
        <translation>Letzte Woche hattest du dir vorgenommen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How did it go? (optional, kept on this device only)</source>
        <translation>Wie ist es gelaufen? (freiwillig, bleibt nur auf diesem Gerät)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A line or two, if you like</source>
        <translation>Ein, zwei Sätze, wenn du magst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it went, optional</source>
        <translation>Wie es gelaufen ist, freiwillig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your note could not be saved, so nothing changed. Please try again.</source>
        <translation>Deine Notiz konnte nicht gespeichert werden, es hat sich also nichts geändert. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss this reminder</source>
        <translation>Diese Erinnerung ausblenden</translation>
    </message>
</context>
<context>
    <name>WeeklyActiveChart</name>
    <message numerus="yes">
        <location filename="../lead/WeeklyActiveChart.qml" line="+14"/>
        <source>Weekly active members over %n week(s)</source>
        <translation>
            <numerusform>Aktive Mitglieder pro Woche über %n Woche</numerusform>
            <numerusform>Aktive Mitglieder pro Woche über %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>members active (most: %1)</source>
        <translation>aktive Mitglieder (höchstens %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sessions (most: %1)</source>
        <translation>Einheiten (höchstens %1)</translation>
    </message>
</context>
<context>
    <name>groundwork::app::Reminders</name>
    <message>
        <location filename="../app/reminders.cpp" line="+17"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A short lesson and a drill are ready whenever you are.</source>
        <translation>Eine kurze Lektion und eine Übung warten auf dich, wann immer du magst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today: %1, and a drill. Ready whenever you are.</source>
        <translation>Heute: %1 und eine Übung. Wann immer du magst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Five minutes of practice?</source>
        <translation>Fünf Minuten Übung?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Today</source>
        <translation>„Heute“ öffnen</translation>
    </message>
</context>
<context>
    <name>groundwork::cohort::CohortDevices</name>
    <message>
        <location filename="../cohort/cohortdevices.cpp" line="+73"/>
        <location line="+31"/>
        <source>The cohort server sent an answer this app does not understand.</source>
        <translation>Der Kohorten-Server hat eine Antwort geschickt, die diese App nicht versteht.</translation>
    </message>
</context>
<context>
    <name>groundwork::cohort::CohortEnrolment</name>
    <message>
        <location filename="../cohort/cohortenrolment.cpp" line="+71"/>
        <source>Works once, until %1.</source>
        <translation>Einmal gültig, bis %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the cohort server&apos;s address, as your cohort lead gave it to you.</source>
        <translation>Gib die Adresse des Kohorten-Servers ein, so wie du sie von deiner Kohortenleitung bekommen hast.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address should start with https://.</source>
        <translation>Die Serveradresse sollte mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the invite code from your cohort lead.</source>
        <translation>Gib den Einladungscode deiner Kohortenleitung ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your name as your cohort lead should see it (up to %1 characters).</source>
        <translation>Gib deinen Namen so ein, wie deine Kohortenleitung ihn sehen soll (bis zu %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the link code shown on your other device.</source>
        <translation>Gib den Verknüpfungscode ein, den dein anderes Gerät anzeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the whole code shown on your other device: %1 letters and digits.</source>
        <translation>Gib den ganzen Code ein, der auf deinem anderen Gerät angezeigt wird: %1 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One or more characters of this recovery key are not right. Compare it with your printout, group by group.</source>
        <translation>Ein oder mehrere Zeichen dieses Wiederherstellungsschlüssels stimmen nicht. Vergleiche ihn Gruppe für Gruppe mit deinem Ausdruck.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recovery key has only letters and digits (dashes and spaces are fine).</source>
        <translation>Ein Wiederherstellungsschlüssel besteht nur aus Buchstaben und Ziffern (Bindestriche und Leerzeichen sind in Ordnung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the whole recovery key: %1 letters and digits.</source>
        <translation>Gib den ganzen Wiederherstellungsschlüssel ein: %1 Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+39"/>
        <location line="+71"/>
        <source>The cohort server sent an answer this app does not understand.</source>
        <translation>Der Kohorten-Server hat eine Antwort geschickt, die diese App nicht versteht.</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>The cohort server knew this recovery key, but the copy of your keys it holds did not open with it, so this device did not sign in. Nothing was changed here.</source>
        <translation>Der Kohorten-Server kannte diesen Wiederherstellungsschlüssel, aber die Kopie deiner Schlüssel dort ließ sich damit nicht öffnen, deshalb hat sich dieses Gerät nicht angemeldet. Hier wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This code did not unlock your private answers. Make a new code on your other device and type it exactly as shown.</source>
        <translation>Dieser Code hat deine privaten Antworten nicht entsperrt. Erstelle auf deinem anderen Gerät einen neuen Code und gib ihn genau so ein, wie er angezeigt wird.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This device could not prepare its keys for another device.</source>
        <translation>Dieses Gerät konnte seine Schlüssel nicht für ein anderes Gerät vorbereiten.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This device left the cohort, but the request to sign it out of the cohort server could not be kept: %1 The server keeps this device&apos;s sign-in and your answers until you sign it out from another device or its administrator deletes your account.</source>
        <translation>Dieses Gerät hat die Kohorte verlassen, aber die Bitte, es beim Kohorten-Server abzumelden, konnte nicht gespeichert werden: %1 Der Server behält die Anmeldung dieses Geräts und deine Antworten, bis du es von einem anderen Gerät aus abmeldest oder seine Administration dein Konto löscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing this device out of the cohort server…</source>
        <translation>Dieses Gerät wird vom Kohorten-Server abgemeldet …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device is signed out of the cohort server. The answers it sent stay there until your account is deleted.</source>
        <translation>Dieses Gerät ist vom Kohorten-Server abgemeldet. Die Antworten, die es gesendet hat, bleiben dort, bis dein Konto gelöscht wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device left the cohort. The cohort server could not be reached yet to sign it out; Groundwork keeps trying whenever it runs, and Settings shows the request until the server confirms.</source>
        <translation>Dieses Gerät hat die Kohorte verlassen. Der Kohorten-Server war noch nicht erreichbar, um es abzumelden; Groundwork versucht es weiter, solange es läuft, und die Einstellungen zeigen die Anfrage, bis der Server sie bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device left the cohort, but the cohort server refused to sign it out. Settings shows why.</source>
        <translation>Dieses Gerät hat die Kohorte verlassen, aber der Kohorten-Server hat die Abmeldung abgelehnt. Die Einstellungen zeigen, warum.</translation>
    </message>
</context>
<context>
    <name>groundwork::cohort::ProfileSharingModel</name>
    <message>
        <location filename="../cohort/profilesharingmodel.cpp" line="+68"/>
        <source>Shared: you chose this on another of your devices. Your lead&apos;s copy is updated when you sync.</source>
        <translation>Geteilt: Du hast das auf einem deiner anderen Geräte gewählt. Die Kopie deiner Kohortenleitung wird beim Abgleich aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared. Your lead sees the copy sent %1; it is updated when you sync.</source>
        <translation>Geteilt. Deine Kohortenleitung sieht die Kopie vom %1; sie wird beim Abgleich aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared. Your profile is sent at the next sync.</source>
        <translation>Geteilt. Deine Standortbestimmung wird beim nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not shared. Your lead&apos;s copy is deleted at the next sync.</source>
        <translation>Nicht geteilt. Die Kopie deiner Kohortenleitung wird beim nächsten Abgleich gelöscht.</translation>
    </message>
</context>
<context>
    <name>groundwork::cohort::RecoveryKeyModel</name>
    <message>
        <location filename="../cohort/recoverykeymodel.cpp" line="+38"/>
        <source>The cohort server sent an answer this app does not understand.</source>
        <translation>Der Kohorten-Server hat eine Antwort geschickt, die diese App nicht versteht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This device holds no keys to protect yet; sync once, then try again.</source>
        <translation>Dieses Gerät hat noch keine Schlüssel zu schützen; gleiche einmal ab und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Groundwork recovery key</source>
        <translation>Groundwork-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With this key and your cohort server&apos;s address, a new device can open your answers and private writing when every device is lost. Keep it where only you can reach it.</source>
        <translation>Mit diesem Schlüssel und der Adresse deines Kohorten-Servers kann ein neues Gerät deine Antworten und privaten Notizen öffnen, wenn alle Geräte verloren sind. Bewahre ihn dort auf, wo nur du ihn erreichst.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The recovery key could not be saved to %1. %2</source>
        <translation>Der Wiederherstellungsschlüssel konnte nicht unter %1 gespeichert werden. %2</translation>
    </message>
</context>
<context>
    <name>groundwork::cohort::SyncStatus</name>
    <message>
        <location filename="../cohort/syncstatus.cpp" line="+49"/>
        <source>No system keychain is available here, so this device&apos;s sign-in to the cohort server is kept in Groundwork&apos;s own data on this device, where anyone who can read your files could read it.</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar, deshalb liegt die Anmeldung dieses Geräts beim Kohorten-Server in Groundworks eigenen Daten auf diesem Gerät, wo jeder sie lesen könnte, der deine Dateien lesen kann.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Not in a cohort</source>
        <translation>In keiner Kohorte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing…</source>
        <translation>Wird abgeglichen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — will retry in %1 min</source>
        <translation>Offline – neuer Versuch in %1&#xa0;Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline — will retry in %1 s</source>
        <translation>Offline – neuer Versuch in %1&#xa0;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This app needs an update to sync</source>
        <translation>Für den Abgleich braucht diese App ein Update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This device is signed out of the cohort</source>
        <translation>Dieses Gerät ist von der Kohorte abgemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync stopped — the cohort server refused a request</source>
        <translation>Abgleich angehalten – der Kohorten-Server hat eine Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Up to date</source>
        <translation>Auf dem neuesten Stand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing waiting to sync</source>
        <translation>Nichts wartet auf den Abgleich</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s) waiting to sync</source>
        <translation>
            <numerusform>%n Antwort wartet auf den Abgleich</numerusform>
            <numerusform>%n Antworten warten auf den Abgleich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last synced %1</source>
        <translation>Zuletzt abgeglichen: %1</translation>
    </message>
</context>
<context>
    <name>groundwork::core::SettingsPreferences</name>
    <message>
        <location filename="../../core/settings/preferences.cpp" line="+343"/>
        <source>Your settings could not be saved: %1 cannot be written.</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden: %1 lässt sich nicht schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your settings could not be saved: %1 is damaged.</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden: %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>groundwork::drill::DrillSession</name>
    <message>
        <location filename="../drill/drillsession.cpp" line="+399"/>
        <source>About %1 out of 100, likely between %2 and %3</source>
        <translation>Etwa %1 von 100, wahrscheinlich zwischen %2 und %3</translation>
    </message>
</context>
<context>
    <name>groundwork::lead::LeadRole</name>
    <message>
        <location filename="../lead/leadrole.cpp" line="+166"/>
        <source>Give the role a title.</source>
        <translation>Gib der Rolle einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give at least one dimension a weight above 0.</source>
        <translation>Gib mindestens einer Dimension ein Gewicht über 0.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shorten the title to at most %1 characters.</source>
        <translation>Kürzen Sie den Titel auf höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions this manager owns</source>
        <translation>Entscheidungen, die diese Führungskraft trifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions this manager does not own</source>
        <translation>Entscheidungen, die diese Führungskraft nicht trifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success at 90 days</source>
        <translation>Erfolg nach 90 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: at most %2 lines, one item each.</source>
        <translation>%1: höchstens %2 Zeilen, je ein Punkt pro Zeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a line is longer than %2 characters.</source>
        <translation>%1: Eine Zeile ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The span of control is at most %1 direct reports.</source>
        <translation>Die Führungsspanne beträgt höchstens %1 direkt Berichtende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weight of %1 is at most %2.</source>
        <translation>Das Gewicht von %1 beträgt höchstens %2.</translation>
    </message>
</context>
<context>
    <name>groundwork::lead::LeadSession</name>
    <message>
        <location filename="../lead/leadsession.cpp" line="+90"/>
        <source>Type the server address and the lead credential the administrator gave you.</source>
        <translation>Gib die Serveradresse und den Leitungszugang ein, den dir die Administration gegeben hat.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+28"/>
        <location line="+26"/>
        <location line="+43"/>
        <source>The cohort server sent an answer this app does not understand.</source>
        <translation>Der Kohortenserver hat eine Antwort geschickt, die diese App nicht versteht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing to export yet: the roster has not arrived.</source>
        <translation>Noch nichts zu exportieren: Die Mitgliederliste ist noch nicht da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>groundwork::lesson::NarrationController</name>
    <message>
        <location filename="../lesson/narrationcontroller.cpp" line="+32"/>
        <source>Listening is not possible: this installation is missing its audio player. Reinstalling the app should bring it back.</source>
        <translation>Anhören ist nicht möglich: In dieser Installation fehlt der Audio-Player. Eine Neuinstallation der App sollte ihn zurückbringen.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The narration could not be played on this device.</source>
        <translation>Das Vorlesen funktioniert auf diesem Gerät leider nicht.</translation>
    </message>
</context>
<context>
    <name>groundwork::profile::ProfileViewModel</name>
    <message>
        <location filename="../profile/profileviewmodel.cpp" line="+106"/>
        <source>Every dimension equally</source>
        <translation>Alle Bereiche gleich gewichtet</translation>
    </message>
    <message>
        <location line="+325"/>
        <source>No evidence yet. Each drill you play adds to this picture.</source>
        <translation>Noch keine Grundlage. Jede Übung, die du machst, ergänzt dieses Bild.</translation>
    </message>
    <message>
        <location line="-238"/>
        <location line="+239"/>
        <source>About %1 out of 100, likely between %2 and %3</source>
        <translation>Etwa %1 von 100, wahrscheinlich zwischen %2 und %3</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Your profile now measures against it. You can still compare against another role.</source>
        <translation>Dein Profil misst sich jetzt daran. Du kannst dich weiterhin mit einer anderen Rolle vergleichen.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>no evidence yet</source>
        <translation>noch keine Grundlage</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Most worth practising for this role: %1</source>
        <translation>Für diese Rolle am lohnendsten zu üben: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most worth practising for this role: %1 and %2</source>
        <translation>Für diese Rolle am lohnendsten zu üben: %1 und %2</translation>
    </message>
    <message numerus="yes">
        <location line="-31"/>
        <location line="+93"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-458"/>
        <source>%1 (your cohort)</source>
        <translation>%1 (deine Kohorte)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The role your cohort trains for, as your cohort&apos;s lead set it (version %1).</source>
        <translation>Die Rolle, für die deine Kohorte übt, wie die Leitung deiner Kohorte sie festgelegt hat (Version %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n direct report(s).</source>
        <translation>
            <numerusform>%n direkt berichtende Person.</numerusform>
            <numerusform>%n direkt berichtende Personen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Your cohort&apos;s lead set the role you train for: %1</source>
        <translation>Die Leitung deiner Kohorte hat die Rolle festgelegt, für die du übst: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your cohort&apos;s role was updated (version %1)</source>
        <translation>Die Rolle deiner Kohorte wurde aktualisiert (Version %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title: now “%1” (was “%2”).</source>
        <translation>Titel: jetzt „%1“ (vorher „%2“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions the manager owns</source>
        <translation>Entscheidungen der Führungskraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions the manager does not own</source>
        <translation>Entscheidungen, die nicht bei der Führungskraft liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success at 90 days</source>
        <translation>Erfolg nach 90 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, added: %2</source>
        <translation>%1, neu: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, removed: %2</source>
        <translation>%1, entfernt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Span of control: %1 direct reports (was %2).</source>
        <translation>Führungsspanne: %1 direkt Berichtende (vorher %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 no longer counts for this role (its weight was %2).</source>
        <translation>%1 zählt für diese Rolle nicht mehr (das Gewicht war %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now counts for this role, with weight %2.</source>
        <translation>%1 zählt jetzt für diese Rolle, mit Gewicht %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of %1: %2 (was %3).</source>
        <translation>Gewicht von %1: %2 (vorher %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your profile measures against the role you chose; pick “%1 (your cohort)” under “Measured against” to see this one.</source>
        <translation>Dein Profil misst sich an der Rolle, die du gewählt hast; wähle „%1 (deine Kohorte)“ unter „Gemessen an“, um diese zu sehen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 points, likely between %2 and %3</source>
        <translation>%1 Punkte, wahrscheinlich zwischen %2 und %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. The range includes zero: no clear change yet.</source>
        <translation>%1. Der Bereich schließt null ein: noch keine klare Veränderung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: a clear rise.</source>
        <translation>%1: ein klarer Anstieg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: a clear fall.</source>
        <translation>%1: ein klarer Rückgang.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 points (%2 to %3)</source>
        <translation>%1 Punkte (%2 bis %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, no clear change yet</source>
        <translation>%1, noch keine klare Veränderung</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The readiness assessment: %n situation(s) you have not seen, taken once, with feedback at the end. Take it whenever it suits you.</source>
        <translation>
            <numerusform>Der Standorttest: %n Situation, die du noch nicht kennst, nur einmal, mit Rückmeldung am Ende. Mach ihn, wann es dir passt.</numerusform>
            <numerusform>Der Standorttest: %n Situationen, die du noch nicht kennst, nur einmal, mit Rückmeldung am Ende. Mach ihn, wann es dir passt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your sitting of form %1 is waiting where you left it.</source>
        <translation>Dein Durchgang der Fassung %1 wartet dort, wo du aufgehört hast.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Form %1 is open: %n new situation(s) that show how your judgment has grown since the start.</source>
        <translation>
            <numerusform>Fassung %1 ist offen: %n neue Situation, die zeigt, wie dein Urteilsvermögen seit dem Anfang gewachsen ist.</numerusform>
            <numerusform>Fassung %1 ist offen: %n neue Situationen, die zeigen, wie dein Urteilsvermögen seit dem Anfang gewachsen ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form %1 opens on %2, six weeks after your first sitting, so that it can show growth rather than memory.</source>
        <translation>Fassung %1 öffnet sich am %2, sechs Wochen nach deinem ersten Durchgang, damit sie Wachstum zeigt und nicht Erinnerung.</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>%n earlier answers were scored by drill keys that have since been rewritten. They stay in your history and your export, but no longer count here.</source>
        <translation>
            <numerusform>%n frühere Antwort wurde mit einem Bewertungsschlüssel bewertet, der inzwischen überarbeitet wurde. Sie bleibt in deinem Verlauf und deinem Export, zählt hier aber nicht mehr.</numerusform>
            <numerusform>%n frühere Antworten wurden mit Bewertungsschlüsseln bewertet, die inzwischen überarbeitet wurden. Sie bleiben in deinem Verlauf und deinem Export, zählen hier aber nicht mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Too little evidence yet: rate your confidence on %n decision(s) to see calibration.</source>
        <translation>
            <numerusform>Noch zu wenig Grundlage: Schätze bei %n Entscheidung ein, wie sicher du bist, um deine Kalibrierung zu sehen.</numerusform>
            <numerusform>Noch zu wenig Grundlage: Schätze bei %n Entscheidungen ein, wie sicher du bist, um deine Kalibrierung zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too little evidence yet: rate your confidence on %n more decision(s) to see calibration.</source>
        <translation>
            <numerusform>Noch zu wenig Grundlage: Schätze bei %n weiteren Entscheidung ein, wie sicher du bist, um deine Kalibrierung zu sehen.</numerusform>
            <numerusform>Noch zu wenig Grundlage: Schätze bei %n weiteren Entscheidungen ein, wie sicher du bist, um deine Kalibrierung zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>well calibrated</source>
        <translation>gut kalibriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a little over-confident</source>
        <translation>etwas zu sicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>over-confident</source>
        <translation>zu sicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a little under-confident</source>
        <translation>etwas zu zurückhaltend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under-confident</source>
        <translation>zu zurückhaltend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you say you are %1% sure, you are right about %2% of the time: %3.</source>
        <translation>Wenn du sagst, du bist dir zu %1&#xa0;% sicher, liegst du in etwa %2&#xa0;% der Fälle richtig: %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When you say %1% sure you are right %2% of the time (%3)</source>
        <translation>Bei %1&#xa0;% Sicherheit liegst du in %2&#xa0;% der Fälle richtig (%3)</translation>
    </message>
</context>
<context>
    <name>groundwork::settings::MyData</name>
    <message>
        <location filename="../settings/mydata.cpp" line="+159"/>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 could not be written completely: %2</source>
        <translation>%1 konnte nicht vollständig geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This device is not signed in to a cohort server, so only its own data can be deleted.</source>
        <translation>Dieses Gerät ist bei keinem Kohorten-Server angemeldet, also lassen sich nur seine eigenen Daten löschen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Deleting your account on the cohort server.</source>
        <translation>Dein Konto auf dem Kohorten-Server wird gelöscht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawing your shared profile from the cohort server and signing this device out there.</source>
        <translation>Dein geteiltes Profil wird vom Kohorten-Server zurückgezogen und dieses Gerät dort abgemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing this device out of the cohort server.</source>
        <translation>Dieses Gerät wird beim Kohorten-Server abgemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the request…</source>
        <translation>Die Anfrage wird gesendet …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to reach the server; Groundwork keeps trying, also after a restart.</source>
        <translation>Warten, bis der Server erreichbar ist; Groundwork versucht es weiter, auch nach einem Neustart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting to reach the server; Groundwork keeps trying, also after a restart (next try at %1).</source>
        <translation>Warten, bis der Server erreichbar ist; Groundwork versucht es weiter, auch nach einem Neustart (nächster Versuch um %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last try: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The cohort server refused a request from this device: %1</source>
        <translation>Der Kohorten-Server hat eine Anfrage dieses Geräts abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account on the cohort server was deleted on %1. The server holds nothing of yours any more.</source>
        <translation>Dein Konto auf dem Kohorten-Server wurde am %1 gelöscht. Der Server hat nichts mehr von dir.</translation>
    </message>
</context>
<context>
    <name>groundwork::sync::CohortCredentials</name>
    <message>
        <location filename="../../sync/client/cohortcredentials.cpp" line="+101"/>
        <source>This device&apos;s sign-in is in the system keychain, which this build cannot reach.</source>
        <translation>Die Anmeldung dieses Geräts liegt im Schlüsselbund des Systems, den diese Version nicht erreichen kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The system keychain has not given back this device&apos;s sign-in yet; it may be waiting for you to unlock it. Syncing starts once it does.</source>
        <translation>Der Schlüsselbund des Systems hat die Anmeldung dieses Geräts noch nicht herausgegeben; vielleicht wartet er darauf, dass du ihn entsperrst. Der Abgleich beginnt, sobald er das tut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This device&apos;s sign-in is kept in the system keychain, which is not running now. Start your desktop&apos;s keyring, then restart Groundwork.</source>
        <translation>Die Anmeldung dieses Geräts liegt im Schlüsselbund des Systems, der gerade nicht läuft. Starte den Schlüsselbund deiner Arbeitsumgebung und dann Groundwork neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device&apos;s sign-in is missing from the system keychain. Leave the cohort and join again, or link this device from another one.</source>
        <translation>Die Anmeldung dieses Geräts fehlt im Schlüsselbund des Systems. Verlasse die Kohorte und tritt ihr wieder bei, oder verknüpfe dieses Gerät von einem anderen aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system keychain did not give back this device&apos;s sign-in: %1</source>
        <translation>Der Schlüsselbund des Systems hat die Anmeldung dieses Geräts nicht herausgegeben: %1</translation>
    </message>
</context>
<context>
    <name>groundwork::sync::CohortDeparture</name>
    <message>
        <location filename="../../sync/client/cohortdeparture.cpp" line="+36"/>
        <source>This device is not signed in to a cohort server.</source>
        <translation>Dieses Gerät ist bei keinem Kohorten-Server angemeldet.</translation>
    </message>
</context>
<context>
    <name>groundwork::sync::CohortRequest</name>
    <message>
        <location filename="../../sync/client/cohortrequest.cpp" line="+62"/>
        <source>The cohort server had a problem (HTTP %1). Try again later.</source>
        <translation>Beim Kohorten-Server ist ein Problem aufgetreten (HTTP %1). Versuch es später noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not reach the cohort server. Check the address and your connection, then try again. (%1)</source>
        <translation>Der Kohorten-Server ist nicht erreichbar. Prüf die Adresse und deine Verbindung und versuch es dann noch einmal. (%1)</translation>
    </message>
</context>
<context>
    <name>groundwork::sync::PendingRequests</name>
    <message>
        <location filename="../../sync/client/pendingrequests.cpp" line="+147"/>
        <source>Requests waiting for the cohort server could not be read; the file was kept as %1.</source>
        <translation>Die Anfragen, die auf den Kohorten-Server warten, ließen sich nicht lesen; die Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A request waiting for the cohort server was incomplete and could not be sent.</source>
        <translation>Eine Anfrage, die auf den Kohorten-Server wartet, war unvollständig und konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This device is not signed in to a cohort server.</source>
        <translation>Dieses Gerät ist bei keinem Kohorten-Server angemeldet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The request could not be written down in %1, so it was not sent.</source>
        <translation>Die Anfrage konnte nicht in %1 gespeichert werden und wurde deshalb nicht gesendet.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This device&apos;s sign-in for the request is in the system keychain, which this build cannot reach.</source>
        <translation>Die Anmeldung dieses Geräts für die Anfrage liegt im Schlüsselbund des Systems, den diese Version nicht erreichen kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system keychain did not give back this device&apos;s sign-in (%1).</source>
        <translation>Der Schlüsselbund des Systems hat die Anmeldung dieses Geräts nicht herausgegeben (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The cohort server had a problem (HTTP %1).</source>
        <translation>Der Kohorten-Server hatte ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cohort server could not be reached (%1).</source>
        <translation>Der Kohorten-Server war nicht erreichbar (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cohort server no longer accepts this device&apos;s sign-in: your account there is already deleted, or this device was signed out from another one. If your account still exists, delete it from another of your devices or ask the server&apos;s administrator.</source>
        <translation>Der Kohorten-Server nimmt die Anmeldung dieses Geräts nicht mehr an: Dein Konto dort ist schon gelöscht, oder dieses Gerät wurde von einem anderen aus abgemeldet. Falls dein Konto noch besteht, lösche es von einem deiner anderen Geräte aus oder frag die Administration des Servers.</translation>
    </message>
</context>
<context>
    <name>groundwork::sync::SyncEngine</name>
    <message>
        <location filename="../../sync/client/syncengine.cpp" line="+94"/>
        <location line="+60"/>
        <location line="+59"/>
        <source>The cohort server sent an answer this app does not understand.</source>
        <translation>Der Kohorten-Server hat eine Antwort geschickt, die diese App nicht versteht.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The cohort server did not confirm what it received.</source>
        <translation>Der Kohorten-Server hat nicht bestätigt, was er erhalten hat.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The cohort server sent an answer that is too large.</source>
        <translation>Der Kohorten-Server hat eine zu große Antwort geschickt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The cohort server had a problem (HTTP %1).</source>
        <translation>Beim Kohorten-Server ist ein Problem aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the cohort server: %1</source>
        <translation>Der Kohorten-Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This device is no longer signed in to your cohort. Link it again from another device.</source>
        <translation>Dieses Gerät ist nicht mehr bei deiner Kohorte angemeldet. Verknüpfe es erneut von einem anderen Gerät aus.</translation>
    </message>
</context>
</TS>
