<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>Cancel</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Change</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Changes and their state</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No, skip it</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>State</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stopping…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Yes, make it</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Could not check</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Done</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>I did it</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>I did it: check again</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Not yet</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop checking</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>To do</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check again</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose what to change</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Finish</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>How serious</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>What hardener found</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>What you can do</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Why it matters</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener found %n thing(s) to fix</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message>
   <source>Also delete hardener's undo record from the phone (then nobody can undo these changes)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Back</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cancel</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Finish</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Language</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Session</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Bigger text</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Large</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Larger</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Largest</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Normal</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Smaller text</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Changing…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Fixed</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Maybe changed</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Not fixed</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Not put back</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Put back</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Skipped</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Waiting</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Working…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message>
   <source>%n already fine.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%n fixed.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%n not fixed: see why below.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%n skipped.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Change</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Done</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Done, with problems</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Every change and its result</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Finish</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Result</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Steps to do on the phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Undo these changes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Why</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Additional settings</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Allow</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Android version</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Battery</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Build number</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cancel</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Charging only</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Deny</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Developer options</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Display</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>File transfer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Model</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>OK</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Security</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Settings</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Software information</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stay awake</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>System</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Use USB for</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Use developer options</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Version</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Deny</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Back to the start</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Connect again</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Details for a helper</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>More than one phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No phone found</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Something went wrong</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stopped</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Try again</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Read: {part}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stopping…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Severity</name>
  <message>
   <source>Could not check</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good to know</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Important</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Safe</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Should fix</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Urgent</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message>
   <source>%n already done.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>After</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Already done</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Back to what was found</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Can be undone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Change</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Make these changes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Now</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Situations</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Undo</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>What is your situation?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener will make %n change(s).</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Connect</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Look again</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Which practice phone</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message>
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%n could not be put back: see why below.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%n value(s) are back as they were.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Back</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cancel</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Change</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check the phone again</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Finish</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Keep the changes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Partly undone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>State</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Undo them</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Undone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Why</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Make of phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Other phones</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Waiting</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>(not set)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A check could not finish</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, switch them off in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A separate work identity</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A setting was changed</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Account</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Already fine</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Android backup is off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Another program on this computer (the "adb" server, process {pid}) is using the phone. hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Apps with the camera or microphone can record you; with location they know where you work.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help if you go to the police or a lawyer.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Change your passwords</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check only</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check the accounts</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Clear translation history</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Could not check</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Fine</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Go through the results</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good to know</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>How to undo</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>IMEI</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Important</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Keep a record first</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Lock the screen after 30 seconds</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Model</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No translation app found</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Nothing worrying was found.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>PIN</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>PIN or password</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Phone number</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Phone safety check</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Read the results together</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Serial number</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Stopped.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Take camera, microphone and location away from apps that do not need them</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, which could read the report and warn whoever put it there.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this right away.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>To put the changes back, connect the phone to hardener on any computer and choose Undo.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Translator history</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Urgent</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>What was changed</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>What was found</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Worth fixing</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>allowed</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>blocked</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>body sensors</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>calendar</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>call history</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>camera</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>can read your notifications</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>cleared</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>contacts</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>default</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say whether it is safe. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. "hardener finish" does this for you at the end.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>location</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>location all the time</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>messages</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>microphone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>nearby devices</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>normal</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>not allowed</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>on</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>password</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>paused</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>phone calls</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>photos</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>photos and files</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>switched off</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>text messages</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>unknown</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>usable</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{count} things were already set safely and were left as they were.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation type="unfinished" />
  </message>
 </context>
</TS>
