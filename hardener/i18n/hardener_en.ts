<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
 <context>
  <name>ApplyPage</name>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>Yes, for all %n apps like this</numerusform>
    <numerusform>Yes, for all %n apps like this</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener found %n thing to fix</numerusform>
    <numerusform>hardener found %n things to fix</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>%n thing is still to do on the phone. Only you can do it.</numerusform>
    <numerusform>%n things are still to do on the phone. Only you can do them.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>%n already fine.</numerusform>
    <numerusform>%n already fine.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>%n fixed.</numerusform>
    <numerusform>%n fixed.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>%n not fixed: see why below.</numerusform>
    <numerusform>%n not fixed: see why below.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>%n skipped.</numerusform>
    <numerusform>%n skipped.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>Still to do on the phone: %n</numerusform>
    <numerusform>Still to do on the phone: %n</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>%n already done.</numerusform>
    <numerusform>%n already done.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>%n change was left out because a name on the phone did not look safe.</numerusform>
    <numerusform>%n changes were left out because a name on the phone did not look safe.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>%n of them cannot be undone: you will be asked again.</numerusform>
    <numerusform>%n of them cannot be undone: you will be asked again.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener will make %n change.</numerusform>
    <numerusform>hardener will make %n changes.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>%n thing only you can do on the phone. Do it, then press “I did it”: the phone is checked again.</numerusform>
    <numerusform>%n things only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>%n change cannot be undone (for example, cleared app history).</numerusform>
    <numerusform>%n changes cannot be undone (for example, cleared app history).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>%n could not be put back: see why below.</numerusform>
    <numerusform>%n could not be put back: see why below.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>%n value is back as it was.</numerusform>
    <numerusform>%n values are back as they were.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener changed this phone before and kept an undo record on it. %n change can be undone.</numerusform>
    <numerusform>hardener changed this phone before and kept an undo record on it. %n changes can be undone.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener puts back the values the phone had before. %n change can be undone.</numerusform>
    <numerusform>hardener puts back the values the phone had before. %n changes can be undone.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change can be undone.</numerusform>
    <numerusform>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n changes can be undone.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n app</numerusform>
    <numerusform>%n apps</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>%n change can be undone.</numerusform>
    <numerusform>%n changes can be undone.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>%n entry of the record is damaged and will be left alone.</numerusform>
    <numerusform>%n entries of the record are damaged and will be left alone.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>%n month old</numerusform>
    <numerusform>%n months old</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>%n thing to look at.</numerusform>
    <numerusform>%n things to look at.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>Apply %n change?</numerusform>
    <numerusform>Apply %n changes?</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>Found: %n problem to fix.</numerusform>
    <numerusform>Found: %n problems to fix.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>Not touched: %n change to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include it.)</numerusform>
    <numerusform>Not touched: %n changes to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>WARNING: %n change touches a spying app, as you chose (--touch-spying-apps).</numerusform>
    <numerusform>WARNING: %n changes touch a spying app, as you chose (--touch-spying-apps).</numerusform>
   </translation>
  </message>
 </context>
</TS>
