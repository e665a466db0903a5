<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>التغييرات المنفّذة: %v من %m</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>إلغاء</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>التغيير</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>التغييرات وحالتها</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>التغييرات المنفّذة حتى الآن</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>جارٍ تغيير الهاتف…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>أبقِ الهاتف موصولاً. يكتب hardener أولاً سجل التراجع على الهاتف.</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>لا، تخطَّ هذا</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>سؤال: لا يمكن التراجع عن هذا التغيير</translation>
  </message>
  <message>
   <source>State</source>
   <translation>الحالة</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>إيقاف تغيير الهاتف (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>جارٍ الإيقاف…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>لا يمكن التراجع عن هذا التغيير</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>نعم، لكل التطبيقات المشابهة (%n)</numerusform>
    <numerusform>نعم، للتطبيق المشابه (%n)</numerusform>
    <numerusform>نعم، للتطبيقين المشابهين (%n)</numerusform>
    <numerusform>نعم، لكل التطبيقات المشابهة الـ %n</numerusform>
    <numerusform>نعم، لكل التطبيقات المشابهة الـ %n</numerusform>
    <numerusform>نعم، لكل التطبيقات المشابهة الـ %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>نعم، نفِّذه</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}: {subject}
الآن: {now}. بعد التغيير: {after}.
لا يمكن التراجع عن هذا. هل تريد إجراء هذا التغيير؟</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>جارٍ التحقق…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>تعذّر التحقق</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>تم</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>فعلتُ ذلك</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>فعلتُ ذلك: تحقق مرة أخرى</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>ليس بعد</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>إيقاف التحقق</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>للتنفيذ</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>تحقق hardener من الهاتف: تم تنفيذ هذا.</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>تحقق hardener من الهاتف: لم يتم تنفيذ هذا بعد. جرِّب الخطوات مرة أخرى.</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>تعذّر على hardener التحقق من هذا على الهاتف. تأكد بنفسك أنه تم.</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>يقرأ hardener الهاتف مرة أخرى…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>يقرأ hardener الهاتف مرة أخرى للتحقق من هذه الخطوة</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>عن النتيجة المختارة</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>تحقق مرة أخرى</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>اختر سطرًا على اليسار لتقرأ عنه.</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>اختر ما تريد تغييره</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>اختر وضعك واطّلع على كل تغيير قبل إجرائه</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>النتائج مجمّعة، الأخطر أولاً</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>إنهاء</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>من دليل NSWP «الأمان الرقمي»، القسم: {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>مدى الخطورة</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>إيقاف تصحيح أخطاء USB والإنهاء</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>ما وجده hardener</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>ما رآه hardener على الهاتف</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>ما يمكنك فعله</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>لماذا يهم هذا</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>وجد hardener %n أمور يجب إصلاحها</numerusform>
    <numerusform>وجد hardener أمرًا واحدًا يجب إصلاحه (%n)</numerusform>
    <numerusform>وجد hardener أمرين يجب إصلاحهما (%n)</numerusform>
    <numerusform>وجد hardener %n أمور يجب إصلاحها</numerusform>
    <numerusform>وجد hardener %n أمرًا يجب إصلاحه</numerusform>
    <numerusform>وجد hardener %n أمر يجب إصلاحه</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>لم يجد hardener شيئًا يجب إصلاحه فيما استطاع التحقق منه</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>لم يجد hardener شيئًا عاجلاً يجب إصلاحه</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>لا يزال %n أمر للتنفيذ على الهاتف. أنت وحدك يمكنك تنفيذها.</numerusform>
    <numerusform>لا يزال أمر واحد (%n) للتنفيذ على الهاتف. أنت وحدك يمكنك تنفيذه.</numerusform>
    <numerusform>لا يزال أمران (%n) للتنفيذ على الهاتف. أنت وحدك يمكنك تنفيذهما.</numerusform>
    <numerusform>لا تزال %n أمور للتنفيذ على الهاتف. أنت وحدك يمكنك تنفيذها.</numerusform>
    <numerusform>لا يزال %n أمرًا للتنفيذ على الهاتف. أنت وحدك يمكنك تنفيذها.</numerusform>
    <numerusform>لا يزال %n أمر للتنفيذ على الهاتف. أنت وحدك يمكنك تنفيذها.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>ملف PDF أو صفحة ويب، في المكان الذي تختاره</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>رجوع</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>إلغاء</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>ينهي الاتصال بالهاتف</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>إنهاء</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>تعذّر محوه، لذلك بقي تصحيح أخطاء USB مفعّلاً. ارجع وجرِّب «إنهاء» مرة أخرى.</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>الاحتفاظ بإمكانية التراجع لاحقًا. من يفتش الهاتف يمكنه أن يرى أن إعداداته تغيّرت.</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>اجعل الهاتف ينسى هذا الكمبيوتر</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>الشخص التالي: مسح كل شيء</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>على الهاتف، افتح «الإعدادات»، ثم «خيارات المطوّرين» (غالبًا ضمن «النظام»). إذا لم تجد «خيارات المطوّرين»، فهي متوقفة أصلاً: انتهيت.</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>يزيل كل ما يخص هذا الهاتف من الشاشة ومن الذاكرة</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>تم حفظ التقرير: {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>احفظ تقريرًا أولاً</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>عرض ما بقي للتنفيذ</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>إيقاف (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>إيقاف تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>أوقِف «استخدام خيارات المطوّرين» في أعلى الشاشة.</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>جارٍ إيقاف تصحيح أخطاء USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>انقر على «إلغاء عمليات تفويض تصحيح أخطاء USB»، ثم «حسنًا».</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>لم يؤكد الهاتف. أوقِفه على الهاتف: اتبع الخطوات أدناه.</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>تعذّر حفظ التقرير: {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>سجل التراجع لا يزال على الهاتف</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>يستغرق هذا بضع ثوانٍ.</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>للتراجع لاحقًا ستحتاج إلى رمز التراجع الذي أُعطي لك.</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>للتراجع لاحقًا ستحتاج إلى رمز التراجع هذا: %1. احتفظ به بعيدًا عن الهاتف.</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>تصحيح أخطاء USB متوقف</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>قد يكون تصحيح أخطاء USB لا يزال مفعّلاً</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>افصل الهاتف.</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>يمكنك فصل الهاتف. خطوة أخيرة على الهاتف:</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>يوقف hardener الآن تصحيح أخطاء USB و«خيارات المطوّرين» على الهاتف. بعدها ينقطع اتصال الهاتف: هذا متوقع.</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>تُستخدم البيانات البيومترية مثل بصمات الأصابع ومسح قزحية العين في جوازات السفر وعلى الحدود، وهذا مقلق عندما يكون العاملون في مجال الجنس مهاجرين ممنوعين.</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>يمكن جمع البيانات عبر قنوات كثيرة مثل صفحات الويب والتطبيقات وأنظمة الخدمات المصرفية عبر الهاتف المحمول والقياسات البيومترية، دون علم العاملين في مجال الجنس أو موافقتهم الفعلية، وهذا يشكّل مخاطر غير مقبولة على سلامة العاملين في مجال الجنس وخصوصيتهم.</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>حماية البيانات والرقابة والتنظيم وقضايا السلامة والخصوصية</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>يمكن أيضًا استخدام التقنيات الرقمية، مثل تطبيقات الهاتف المحمول وممارسات المراقبة البيومترية، للعثور على العاملين في مجال الجنس وإحصائهم والتعرف على هوياتهم وتتبعهم وتعقّبهم ومعاقبتهم؛</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>خلال فترة الحجر، كانت هناك ما يشبه «مطاردة» للعاملين في مجال الجنس عبر الشبكات [Grindr].</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>من المعروف أن خوارزمية «أشخاص قد تعرفهم» في Facebook تجمع معلومات المستخدمين من منصات وأجهزة مختلفة داخل Facebook، مما يجعل الحسابات الخاصة للعاملين في مجال الجنس تظهر على شاشات الزبائن أو أفراد العائلة، وبذلك تُزيل وسائل الحماية التي وضعها العاملون في مجال الجنس.</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>على سبيل المثال، عندما يُعتقل العاملون في مجال الجنس، يمكن استخدام هواتفهم للحصول على معلومات تُدينهم من أجل ابتزازهم وأخذ الرشاوى منهم.</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>ممارسات جيدة</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>القوانين الضارة التي تحكم الفضاءات الرقمية وأثرها على خصوصية العاملين في مجال الجنس وسلامتهم ورفاههم</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>مقدمة</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>تفتش جهات إنفاذ القانون أيضًا هواتف العاملين في مجال الجنس عند اعتقالهم، مع اهتمام خاص برسائلهم وسجل «ترجمة Google».</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>تفتش جهات إنفاذ القانون أيضًا هواتف العاملين في مجال الجنس عند اعتقالهم، مع اهتمام خاص برسائلهم وسجل «ترجمة Google». ثم يُستخدم ذلك لإثبات أنهم يعملون في مجال الجنس، فيُحكم عليهم و/أو يُرحَّلون.</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>مراجعة الأدبيات</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>ذكر كثير من الأعضاء حالات حصل فيها أفراد على بيانات حساسة وهم يبحثون عن طرق لاستغلال العاملين في مجال الجنس والإساءة إليهم عبر الابتزاز والتهديد.</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>أفاد كثير من المشاركين أيضًا بأن الشرطة تستهدف المواقع الإلكترونية ومنصات التواصل الاجتماعي وتطبيقات المواعدة لجمع معلومات عن العاملين في مجال الجنس، لطلب المال أو الجنس.</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>إن رسم خرائط الأماكن أو المواقع الفعلية التي يرتادها العاملون في مجال الجنس أمر حساس للغاية وقد يكون خطيرًا.</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>التوصيات</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>يجب أن يكون مقدمو الخدمات والعاملون في مجال الجنس على دراية بكيفية استخدام هذه المنصات والتطبيقات الإلكترونية للبيانات التي تجمعها أو مشاركتها مع جهات خارجية مثل المعلنين والمساهمين وحتى الحكومات.</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>من ممارسات الأمان الرقمي التي يتبعها العاملون في مجال الجنس استخدام VPN (الشبكة الافتراضية الخاصة)، واستخدام هواتف وبطاقات SIM منفصلة للعمل وللحياة الخاصة،</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>من ممارسات الأمان الرقمي التي يتبعها العاملون في مجال الجنس استخدام VPN (الشبكة الافتراضية الخاصة)، واستخدام هواتف وبطاقات SIM منفصلة للعمل وللحياة الخاصة، والحماية بكلمات المرور، واستخدام التشفير،</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>يسمح قانون الإجراءات الجنائية لضباط الشرطة أو لجهات خارجية معيّنة بالحصول على أي بيانات تُعد ضرورية دون إذن قضائي.</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>إن كشف الآخرين لعمل الأشخاص في مجال الجنس تهديد كبير. وهناك دائمًا خطر أن يعثر الزبائن على الحساب الشخصي للعاملين في مجال الجنس.</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>إن استخدام القياسات البيومترية، والتنقيب في البيانات وجمعها، والاستهداف الدقيق، ورسم الخرائط الجغرافية، وغيرها، في التدخلات الرقمية مع العاملين في مجال الجنس محفوف بالمخاطر ويُضعف فعالية تقديم الخدمات.</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>هناك حالات يلتقط فيها أفراد صورًا أو مقاطع فيديو للعاملين في مجال الجنس من عروض الكاميرا، ثم يستخدمونها لابتزازهم.</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>وهذا شائع أيضًا في بلدان كثيرة عندما يُعتقل شخص يعمل في مجال الجنس، فتصادر الشرطة هاتفه للحصول على معلومات عن عاملين آخرين في مجال الجنس.</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>وهذا بدوره قد يؤدي إلى كشف العاملين في مجال الجنس، أو «فضحهم» (نشر معلومات تكشف هوية شخص ما على الإنترنت)، أو التحرش بهم، أو ملاحقتهم، أو ابتزازهم، أو تعرضهم لسلوكيات مسيئة أخرى تعرّض سلامتهم وحياتهم للخطر.</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>أي نوع من جمع البيانات قد يهدد خصوصية العاملين في مجال الجنس وأمنهم إذا وقع في الأيدي الخطأ.</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>اختيار المتصفحات والمنصات ومزودي البريد الإلكتروني والتطبيقات وأدوات التواصل الأخرى التي توفر خيارات أفضل لحماية البيانات والخصوصية.</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>يفضّل كثير من العاملين في مجال الجنس أن تكون لهم هوية إلكترونية منفصلة للعمل.</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>قد تنتهي البيانات الحساسة في أيدي أشخاص يريدون إيذاء العاملين في مجال الجنس، حتى عندما يُظن أنها في أمان.</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>المستندات</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>إخفاء هذه النافذة الآن ومسح كل ما تعرضه</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>مغادرة سريعة (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>إلغاء</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>إنهاء</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>يوقف «إنهاء» تصحيح أخطاء USB ويمحو سجل التراجع. إذا بقي مفعّلاً، فهو طريق إلى داخل الهاتف لمن يحمله بعدك.</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>المغادرة على أي حال</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>يجري تغيير الهاتف الآن. المغادرة الآن قد تترك تغييرًا غير مكتمل.</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>تصحيح أخطاء USB لا يزال مفعّلاً</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>تصحيح أخطاء USB لا يزال مفعّلاً: هل تريد الإنهاء أولاً؟</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>&amp;مساعدة</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;اللغة</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>&amp;الشخص التالي: مسح كل شيء</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;خروج</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>&amp;الجلسة</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>&amp;حجم النص</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>نص أكبر</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>توقف التحقق. لم يتغير أي شيء على الهاتف.</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>كيفية تفعيل &amp;تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>كبير</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>أكبر</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>الأكبر</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>عادي</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>الهاتف: {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>هاتف للتدريب (ليس هاتفًا حقيقيًا)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>نص أصغر</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>تم الإيقاف. الهاتف غير متصل.</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>‏hardener: فحص الهاتف وحمايته</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>سليم أصلاً</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>لا يمكن التراجع عنه</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>جارٍ التغيير…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>تم الإصلاح</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>ربما تغيّر</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>لم يتم الإصلاح</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>لم تتم الإعادة</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>تمت الإعادة</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>تم التخطي</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>لم يقبل الهاتف التغيير. بعض الهواتف تمنعه.</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>لم يقبل الهاتف استعادة القيمة القديمة.</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>قال الهاتف: {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>كان الهاتف مضبوطًا بهذه الطريقة أصلاً.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>في الانتظار</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>جارٍ العمل…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>اخترت عدم إجراء هذا التغيير.</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>تعذّر على hardener قراءة الإعداد مرة أخرى، لذلك لا يمكنه أن يؤكد أن التغيير نجح.</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>سليم أصلاً: %n.</numerusform>
    <numerusform>سليم أصلاً: %n.</numerusform>
    <numerusform>سليم أصلاً: %n.</numerusform>
    <numerusform>سليم أصلاً: %n.</numerusform>
    <numerusform>سليم أصلاً: %n.</numerusform>
    <numerusform>سليم أصلاً: %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>تم إصلاح %n.</numerusform>
    <numerusform>تم إصلاح %n.</numerusform>
    <numerusform>تم إصلاح %n.</numerusform>
    <numerusform>تم إصلاح %n.</numerusform>
    <numerusform>تم إصلاح %n.</numerusform>
    <numerusform>تم إصلاح %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>لم يتم إصلاح %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>لم يتم إصلاح %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>لم يتم إصلاح %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>لم يتم إصلاح %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>لم يتم إصلاح %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>لم يتم إصلاح %n: اطّلع على السبب أدناه.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>تم تخطي %n.</numerusform>
    <numerusform>تم تخطي %n.</numerusform>
    <numerusform>تم تخطي %n.</numerusform>
    <numerusform>تم تخطي %n.</numerusform>
    <numerusform>تم تخطي %n.</numerusform>
    <numerusform>تم تخطي %n.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>ملف PDF أو صفحة ويب، في المكان الذي تختاره</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>التغيير</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>افحص الهاتف مرة أخرى ونفِّذ التغييرات المرفوضة</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>تم</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>تم، مع مشاكل</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>تم. لا يمكن التراجع عن هذا.</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>كل تغيير ونتيجته</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>إنهاء</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>إعادة القيم التي كانت من قبل</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>تم حفظ التقرير: {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>النتيجة</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>حفظ تقرير</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>لا يزال للتنفيذ على الهاتف: %n</numerusform>
    <numerusform>لا يزال للتنفيذ على الهاتف: %n</numerusform>
    <numerusform>لا يزال للتنفيذ على الهاتف: %n</numerusform>
    <numerusform>لا يزال للتنفيذ على الهاتف: %n</numerusform>
    <numerusform>لا يزال للتنفيذ على الهاتف: %n</numerusform>
    <numerusform>لا يزال للتنفيذ على الهاتف: %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>إيقاف تصحيح أخطاء USB والإنهاء</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>تعذّر حفظ التقرير: {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>إعادة المحاولة</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>رمز التراجع: %1. لا تحتاج إليه إلا للتراجع عن هذه التغييرات لاحقًا من كمبيوتر آخر. اكتبه واحتفظ به بعيدًا عن الهاتف.</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>التراجع عن هذه التغييرات</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>ما يمكنك وحدك فعله على الهاتف، بعد التحقق مرة أخرى</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>السبب</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>إذا لم تكن هناك «خيارات المطوّرين»، ففعّلها أولاً: اتبع «كيفية تفعيل تصحيح أخطاء USB» حتى «خيارات المطوّرين». يجب أن يكون الهاتف وهذا الكمبيوتر على شبكة Wi-Fi نفسها.</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>في شاشة «تصحيح الأخطاء اللاسلكي»، العنوان تحت «عنوان IP والمنفذ» هو عنوان الاتصال. منفذه ليس منفذ الإقران. اكتبه أدناه أيضًا.</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>افتح «الإعدادات» وابحث عن «خيارات المطوّرين». غالبًا تكون ضمن «النظام». يمكنك أيضًا كتابة «المطوّرين» في مربع البحث أعلى «الإعدادات».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>افتح «الإعدادات». انقر على «إعدادات إضافية» (أو «إعدادات النظام»)، ثم «خيارات المطوّرين».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>افتح «الإعدادات». انقر على «إعدادات إضافية»، ثم «خيارات المطوّرين».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>افتح «الإعدادات». انقر على «النظام والتحديثات»، ثم «خيارات المطوّرين».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>افتح «الإعدادات». انقر على «النظام»، ثم «خيارات المطوّرين».</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>افتح «الإعدادات». «خيارات المطوّرين» في أسفل القائمة تمامًا: انقر عليها.</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>فعّل «تصحيح الأخطاء اللاسلكي». يسأل الهاتف «هل تريد السماح بتصحيح الأخطاء اللاسلكي على هذه الشبكة؟»: انقر على «السماح».</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>انقر على عبارة «تصحيح الأخطاء اللاسلكي» (وليس على زر التبديل) لفتح شاشته. ثم انقر على «إقران الجهاز باستخدام رمز الإقران».</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>يعرض الهاتف «رمز الإقران عبر Wi-Fi» من ستة أرقام و«عنوان IP والمنفذ». اكتب الاثنين أدناه. أبقِ هذه النافذة مفتوحة على الهاتف حتى يقول hardener إنه متصل.</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>عنوان الاتصال (عنوان IP والمنفذ):</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>عنوان الاتصال، مثلاً 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>رجوع</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>الاتصال عبر Wi-Fi باستخدام رمز الإقران</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>للهواتف التي تعمل بنظام Android 11 أو أحدث، بدون كابل. برنامج «adb» من Google (Platform-Tools) هو الذي يقوم بالإقران. بعدها يثق الهاتف بمفتاح ذلك البرنامج، الذي يحفظه في ملف داخل المجلد الرئيسي على هذا الكمبيوتر (.android/adbkey)، وليس بمفتاح hardener نفسه. ويحفظ adb من Google أيضًا في ذلك المجلد قائمة بالهواتف التي أقرن معها (.android/adb_known_hosts.pb): من يفتش هذا الكمبيوتر يمكنه أن يرى أن هواتف تم إقرانها. لا يمحو hardener هذه القائمة.</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>سيقوم برنامج «adb» من Google، الإصدار {version}، بالإقران ({path}).</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>جارٍ البحث عن برنامج «adb» من Google على هذا الكمبيوتر…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>الشركة المصنّعة للهاتف</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>هواتف أخرى</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>الإقران والاتصال</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>عنوان الإقران والمنفذ، مثلاً 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>عنوان الإقران والمنفذ:</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>لا يمكن الإقران من هذا الكمبيوتر. {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>اكتب أولاً الأشياء الثلاثة التي يعرضها الهاتف: عنوان الإقران، والرمز، وعنوان الاتصال.</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>استخدام كابل USB بدلاً من ذلك</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>رمز الإقران عبر Wi-Fi، ستة أرقام</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>رمز الإقران عبر Wi-Fi:</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>تعذّر على hardener تشغيل برنامج «adb» من Google.</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>لمحة عن الهاتف</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>إعدادات إضافية</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>السماح</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>السماح بتصحيح أخطاء ADB في وضع الشحن فقط</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>هل تريد السماح بتصحيح أخطاء USB؟</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>هل تريد السماح بتصحيح الأخطاء اللاسلكي على هذه الشبكة؟</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>السماح دائمًا من هذا الكمبيوتر</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>إصدار Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>التطبيقات</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>البطارية</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>رقم الإصدار</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>إلغاء</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>الشحن فقط</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>رفض</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>خيارات المطوّرين</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>اسم الجهاز</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>الشاشة</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>نقل الملفات</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>عنوان IP والمنفذ: 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>إصدار MIUI / إصدار نظام التشغيل</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>الطراز</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>الشبكة والإنترنت</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>حسنًا</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>إقران الجهاز باستخدام رمز الاستجابة السريعة</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>إقران الجهاز باستخدام رمز الإقران</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>الإقران مع الجهاز</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>صورة لشاشة هاتف</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>إلغاء عمليات تفويض تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>هل تريد إلغاء إمكانية الوصول إلى تصحيح أخطاء USB من جميع أجهزة الكمبيوتر التي سمحت لها من قبل؟</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>الأمان</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>الإعدادات</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>معلومات البرنامج</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>البقاء في الوضع النشط</translation>
  </message>
  <message>
   <source>System</source>
   <translation>النظام</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>النظام والتحديثات</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>انقر على: {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>الملف المرجعي لمفتاح RSA الخاص بالكمبيوتر هو: 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>تصحيح أخطاء USB (إعدادات الأمان)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>تصحيح أخطاء USB مخصّص لأغراض التطوير فقط.</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>استخدام USB من أجل</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>استخدام خيارات المطوّرين</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>استخدام تصحيح الأخطاء اللاسلكي</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>الإصدار</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>رمز الإقران عبر Wi-Fi: 482915
عنوان IP والمنفذ: 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>تصحيح الأخطاء اللاسلكي</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>أنت الآن مطوّر!</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>السماح</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>هل تريد السماح بتصحيح أخطاء USB؟</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>السماح دائمًا من هذا الكمبيوتر</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>رفض</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>على شاشة هاتف التدريب (ليس هاتفًا حقيقيًا):</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>شاشة هاتف التدريب</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>هاتف التدريب: السماح لهذا الكمبيوتر</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>هاتف التدريب: رفض هذا الكمبيوتر</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>الملف المرجعي لمفتاح RSA الخاص بالكمبيوتر هو:</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>أحد الملفات الشخصية معطوب</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>برنامج آخر يستخدم الهاتف</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>يسأل قبل إيقاف برنامج adb على هذا الكمبيوتر</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>الرجوع إلى الإقران</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>الرجوع إلى البداية</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>الاتصال مرة أخرى</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>الاتصال عبر برنامج adb الذي يمسك بالهاتف، دون إيقافه</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>تفاصيل لمن يساعدك</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>كيفية تفعيل تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>أكثر من هاتف واحد</translation>
  </message>
  <message>
   <source>No</source>
   <translation>لا</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>لم يتم العثور على هاتف</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>لا يوجد مكان آمن لمفتاح hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>لا شيء يستجيب على هذا العنوان</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>لم يتغير شيء</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>لم يتغير شيء على الهاتف.</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>لا يمكن الإقران من هذا الكمبيوتر</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>ربما تم إجراء بعض التغييرات. اتصل مرة أخرى: سيعرضها hardener ويعرض عليك إكمالها أو التراجع عنها.</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>ربما لم تُستعد بعض الإعدادات بعد. اتصل مرة أخرى لإكمال التراجع عنها.</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>حدث خطأ ما</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>إيقاف البرنامج الآخر…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>تم الإيقاف</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>منفذ USB غير مسموح به</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>انقطع الاتصال بالهاتف</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>سلسلة المفاتيح مقفلة</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>لم يقبل الهاتف الإقران</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>لم يسمح الهاتف لهذا الكمبيوتر</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>الهاتف لا يستجيب</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>لم يسمح الهاتف لهذا الكمبيوتر بعد</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>لا يمكن استخدام هذا العنوان</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>هذا ليس رمز إقران</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>سيؤدي هذا إلى إيقاف برنامج «adb» على هذا الكمبيوتر. إذا كان شخص آخر يستخدمه (مثلاً Android Studio)، فسيفقد اتصاله بهاتفه. هل تريد إيقافه؟</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>إعادة المحاولة</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>تصحيح أخطاء USB متوقف</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>قد يكون تصحيح أخطاء USB لا يزال مفعّلاً. اتصل مرة أخرى واضغط «إنهاء»، أو أوقِفه على الهاتف.</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>استخدامه</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>نعم، أوقِفه</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>واجه hardener مشكلة لم يكن يتوقعها. لن يتم فعل أي شيء آخر على الهاتف.</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>مفتاح hardener تالف</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>هل تريده أيضًا بلغة ثانية، جنبًا إلى جنب (مثلاً لغة المدرّب)؟</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>بهذه اللغة فقط</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;صفحة ويب (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>حفظ التقرير</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>لا تغيّر شيئًا على هذا الهاتف</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>لا تواجه أحدًا بشأن ذلك الآن. إزالة التطبيق أو تغييره قد ينبّه الشخص الذي ثبّته.</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>اطلب المساعدة: يمكن لمنظمة للعاملين في مجال الجنس، أو لخدمة لمواجهة العنف الأسري، أو لخط مساعدة للأمان الرقمي أن تساعدك على تقرير ما تفعله.</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>المتابعة، وتغيير ذلك التطبيق أيضًا</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>المتابعة، وترك ذلك التطبيق كما هو</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>ضع خطة للسلامة أولاً: إلى أين يمكنك الذهاب، ومن يمكنك الاتصال به إذا ساءت الأمور.</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>فقط إذا كانت لديك خطة للسلامة: قد يلاحظ الشخص الذي ثبّته</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>لا يزال من الممكن إجراء تغييرات أخرى؛ لن يتغير شيء يخص ذلك التطبيق</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>توقف واقرأ: تم العثور على تطبيق يمكنه التجسس على هذا الهاتف</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>التوقف هنا</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>قد يرى التطبيق ما يُفعل على هذا الهاتف، بما في ذلك التغييرات التي تُجرى الآن.</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>إلغاء</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>جارٍ فحص الهاتف مرة أخرى…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>جارٍ فحص الهاتف…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>مقدار ما تمت قراءته من الهاتف</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>أجزاء الهاتف التي تمت قراءتها</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>تمت القراءة: {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>إيقاف الفحص (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>جارٍ الإيقاف…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>يقرأ hardener إعدادات الهاتف. لا يغيّر أي شيء.</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>تم تنفيذ %n أصلاً.</numerusform>
    <numerusform>تم تنفيذ %n أصلاً.</numerusform>
    <numerusform>تم تنفيذ %n أصلاً.</numerusform>
    <numerusform>تم تنفيذ %n أصلاً.</numerusform>
    <numerusform>تم تنفيذ %n أصلاً.</numerusform>
    <numerusform>تم تنفيذ %n أصلاً.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>تم استبعاد %n تغيير لأن اسمًا على الهاتف لم يبدُ آمنًا.</numerusform>
    <numerusform>تم استبعاد تغيير واحد (%n) لأن اسمًا على الهاتف لم يبدُ آمنًا.</numerusform>
    <numerusform>تم استبعاد تغييرين (%n) لأن اسمًا على الهاتف لم يبدُ آمنًا.</numerusform>
    <numerusform>تم استبعاد %n تغييرات لأن اسمًا على الهاتف لم يبدُ آمنًا.</numerusform>
    <numerusform>تم استبعاد %n تغييرًا لأن اسمًا على الهاتف لم يبدُ آمنًا.</numerusform>
    <numerusform>تم استبعاد %n تغيير لأن اسمًا على الهاتف لم يبدُ آمنًا.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>لا يمكن التراجع عن %n منها: سيُطلب منك التأكيد مرة أخرى.</numerusform>
    <numerusform>لا يمكن التراجع عن %n منها: سيُطلب منك التأكيد مرة أخرى.</numerusform>
    <numerusform>لا يمكن التراجع عن %n منها: سيُطلب منك التأكيد مرة أخرى.</numerusform>
    <numerusform>لا يمكن التراجع عن %n منها: سيُطلب منك التأكيد مرة أخرى.</numerusform>
    <numerusform>لا يمكن التراجع عن %n منها: سيُطلب منك التأكيد مرة أخرى.</numerusform>
    <numerusform>لا يمكن التراجع عن %n منها: سيُطلب منك التأكيد مرة أخرى.</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>بعد التغيير</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>تم أصلاً</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>الرجوع إلى ما تم العثور عليه</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>يمكن التراجع عنه</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>لا يمكن التراجع عنه</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>التغيير</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>تغيير الهاتف كما يظهر في القائمة</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>التغييرات التي سيجريها hardener</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>اختر وضعًا على اليسار.</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>اختر الوضع الأقرب إلى وضعك. سترى كل تغيير قبل إجرائه.</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>كل تغيير، مع القيمة الآن وبعد التغيير</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>لمن يساعدك: {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>إجراء هذه التغييرات</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>الآن</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>الأوضاع</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>خطوات تقوم بها على الهاتف</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>الهاتف مضبوط بهذه الطريقة أصلاً. لا شيء لتغييره.</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>هذا الاختيار لا يغيّر شيئًا على الهاتف.</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>تراجع</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>ما هو وضعك؟</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>سيجري hardener %n تغيير.</numerusform>
    <numerusform>سيجري hardener تغييرًا واحدًا (%n).</numerusform>
    <numerusform>سيجري hardener تغييرين (%n).</numerusform>
    <numerusform>سيجري hardener %n تغييرات.</numerusform>
    <numerusform>سيجري hardener %n تغييرًا.</numerusform>
    <numerusform>سيجري hardener %n تغيير.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>هاتف متصل عبر USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>هاتف على Wi-Fi (العنوان)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>عنوان الهاتف على Wi-Fi، مثلاً 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>فحص الهاتف وحمايته</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>اتصال</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>الاتصال عبر Wi-Fi باستخدام رمز الإقران الخاص بالهاتف، عبر برنامج adb من Google</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>وصِّل الهاتف بهذا الكمبيوتر. يفحصه hardener، ويشرح ما يجده، ويمكنه تغيير إعدادات لجعله أكثر أمانًا. لا يحتفظ بأي شيء عن الهاتف على هذا الكمبيوتر.</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>الاتصال بالهاتف المختار</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>كيفية تفعيل تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>البحث مرة أخرى</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>البحث مرة أخرى عن هواتف متصلة عبر USB</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>لم يتم العثور على هاتف بعد. برنامج «adb» من Google موجود على هذا الكمبيوتر لكنه لا يعمل: شغِّل «adb devices» مرة واحدة في مجلده، ثم وصِّل الهاتف، وافتح قفله، وفعِّل تصحيح أخطاء USB. بعدها يعمل hardener عبره.</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>لم يتم العثور على هاتف بعد. وصِّله بكابل USB، وافتح قفله، وفعِّل تصحيح أخطاء USB.</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>الهواتف التي تم العثور عليها عبر USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>هاتف للتدريب (ليس هاتفًا حقيقيًا)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>الهاتف يطلب رمز إقران (Android 11 وأحدث)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>اكتب عنوان الهاتف أولاً، مثلاً 192.168.1.20:5555.</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>أي هاتف للتدريب</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>‏{name} (Wi-Fi، عبر adb من Google)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>‏{name} (عبر adb من Google)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>‏{name}: لا يستجيب (عبر adb من Google)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>‏{name}: هذا الكمبيوتر لا يسمح بمنفذ USB (عبر adb من Google)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>‏{name}: في انتظار «السماح» على الهاتف (عبر adb من Google)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>‏{name}: {state} (عبر adb من Google)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>%n أمر لا يمكن لأحد غيرك فعله على الهاتف. نفّذ كل واحد منها، ثم اضغط «فعلتُ ذلك»: سيتم فحص الهاتف مرة أخرى.</numerusform>
    <numerusform>أمر واحد (%n) لا يمكن لأحد غيرك فعله على الهاتف. نفّذه، ثم اضغط «فعلتُ ذلك»: سيتم فحص الهاتف مرة أخرى.</numerusform>
    <numerusform>أمران (%n) لا يمكن لأحد غيرك فعلهما على الهاتف. نفّذ كل واحد منهما، ثم اضغط «فعلتُ ذلك»: سيتم فحص الهاتف مرة أخرى.</numerusform>
    <numerusform>%n أمور لا يمكن لأحد غيرك فعلها على الهاتف. نفّذ كل واحد منها، ثم اضغط «فعلتُ ذلك»: سيتم فحص الهاتف مرة أخرى.</numerusform>
    <numerusform>%n أمرًا لا يمكن لأحد غيرك فعله على الهاتف. نفّذ كل واحد منها، ثم اضغط «فعلتُ ذلك»: سيتم فحص الهاتف مرة أخرى.</numerusform>
    <numerusform>%n أمر لا يمكن لأحد غيرك فعله على الهاتف. نفّذ كل واحد منها، ثم اضغط «فعلتُ ذلك»: سيتم فحص الهاتف مرة أخرى.</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>رجوع</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>إنهاء</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>لم يبقَ شيء للتنفيذ على الهاتف فيما أمكن التحقق منه.</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>ما بقي للتنفيذ على الهاتف</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>إيقاف تصحيح أخطاء USB والإنهاء</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>لا يمكن التراجع عن %n تغيير (مثلاً سجل تطبيق تم مسحه).</numerusform>
    <numerusform>لا يمكن التراجع عن تغيير واحد (%n) (مثلاً سجل تطبيق تم مسحه).</numerusform>
    <numerusform>لا يمكن التراجع عن تغييرين (%n) (مثلاً سجل تطبيق تم مسحه).</numerusform>
    <numerusform>لا يمكن التراجع عن %n تغييرات (مثلاً سجل تطبيق تم مسحه).</numerusform>
    <numerusform>لا يمكن التراجع عن %n تغييرًا (مثلاً سجل تطبيق تم مسحه).</numerusform>
    <numerusform>لا يمكن التراجع عن %n تغيير (مثلاً سجل تطبيق تم مسحه).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>تعذّرت إعادة %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>تعذّرت إعادة %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>تعذّرت إعادة %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>تعذّرت إعادة %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>تعذّرت إعادة %n: اطّلع على السبب أدناه.</numerusform>
    <numerusform>تعذّرت إعادة %n: اطّلع على السبب أدناه.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>عادت %n قيمة كما كانت.</numerusform>
    <numerusform>عادت قيمة واحدة (%n) كما كانت.</numerusform>
    <numerusform>عادت قيمتان (%n) كما كانتا.</numerusform>
    <numerusform>عادت %n قيم كما كانت.</numerusform>
    <numerusform>عادت %n قيمة كما كانت.</numerusform>
    <numerusform>عادت %n قيمة كما كانت.</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>يتكون رمز التراجع من 12 حرفًا ورقمًا، مثل 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>رجوع</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>إلغاء</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>التغيير</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>التغييرات في سجل التراجع</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>فحص الهاتف مرة أخرى</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>فحص الهاتف دون تغيير أي شيء</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>محو السجل</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>إنهاء</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>إكمال آخر التغييرات أو التراجع عنها</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>المتابعة بدونه</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>تم إنشاؤه في زيارة سابقة وهو مقفل برمز تراجع. اكتب الرمز لترى تلك التغييرات وتتراجع عنها. بدون الرمز، يمكنك محو السجل: عندها تبقى التغييرات السابقة، ولا يعود من الممكن التراجع عنها.</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>الإبقاء على التغييرات</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>أبقِ الهاتف موصولاً.</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>الإبقاء عليها والمتابعة</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>فتح السجل</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>تم التراجع جزئيًا</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>إعادة القيم التي كانت من قبل</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>جارٍ إعادة القيم القديمة…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>الحالة</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>إيقاف التراجع (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>إيقاف تصحيح أخطاء USB والإنهاء</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>تبقى التغييرات السابقة؛ ولا يعود من الممكن التراجع عنها</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>لم تكتمل آخر التغييرات</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>تعذّر محو السجل: لا يزال على الهاتف. حاول مرة أخرى.</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>هذا الرمز لا يفتح السجل. تحقق من كل حرف ورقم، وحاول مرة أخرى.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>يحتفظ هذا الهاتف بسجل تراجع</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>لتغيير هذا الهاتف، افتح أولاً السجل السابق برمزه، أو امحُه. الكتابة فوقه ستُضيع طريق العودة.</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>رمز التراجع:</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>التراجع عنها</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>هل تريد التراجع عن هذه التغييرات؟</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>تم التراجع</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>السبب</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>غيّر hardener هذا الهاتف من قبل واحتفظ عليه بسجل تراجع. يمكن التراجع عن %n تغيير.</numerusform>
    <numerusform>غيّر hardener هذا الهاتف من قبل واحتفظ عليه بسجل تراجع. يمكن التراجع عن تغيير واحد (%n).</numerusform>
    <numerusform>غيّر hardener هذا الهاتف من قبل واحتفظ عليه بسجل تراجع. يمكن التراجع عن تغييرين (%n).</numerusform>
    <numerusform>غيّر hardener هذا الهاتف من قبل واحتفظ عليه بسجل تراجع. يمكن التراجع عن %n تغييرات.</numerusform>
    <numerusform>غيّر hardener هذا الهاتف من قبل واحتفظ عليه بسجل تراجع. يمكن التراجع عن %n تغييرًا.</numerusform>
    <numerusform>غيّر hardener هذا الهاتف من قبل واحتفظ عليه بسجل تراجع. يمكن التراجع عن %n تغيير.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>يعيد hardener القيم التي كانت على الهاتف من قبل. يمكن التراجع عن %n تغيير.</numerusform>
    <numerusform>يعيد hardener القيم التي كانت على الهاتف من قبل. يمكن التراجع عن تغيير واحد (%n).</numerusform>
    <numerusform>يعيد hardener القيم التي كانت على الهاتف من قبل. يمكن التراجع عن تغييرين (%n).</numerusform>
    <numerusform>يعيد hardener القيم التي كانت على الهاتف من قبل. يمكن التراجع عن %n تغييرات.</numerusform>
    <numerusform>يعيد hardener القيم التي كانت على الهاتف من قبل. يمكن التراجع عن %n تغييرًا.</numerusform>
    <numerusform>يعيد hardener القيم التي كانت على الهاتف من قبل. يمكن التراجع عن %n تغيير.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>كان hardener يغيّر هذا الهاتف عندما توقف (ربما تم سحب الكابل). لقد سجّل كل قيمة ربما غيّرها. يمكن التراجع عن %n تغيير.</numerusform>
    <numerusform>كان hardener يغيّر هذا الهاتف عندما توقف (ربما تم سحب الكابل). لقد سجّل كل قيمة ربما غيّرها. يمكن التراجع عن تغيير واحد (%n).</numerusform>
    <numerusform>كان hardener يغيّر هذا الهاتف عندما توقف (ربما تم سحب الكابل). لقد سجّل كل قيمة ربما غيّرها. يمكن التراجع عن تغييرين (%n).</numerusform>
    <numerusform>كان hardener يغيّر هذا الهاتف عندما توقف (ربما تم سحب الكابل). لقد سجّل كل قيمة ربما غيّرها. يمكن التراجع عن %n تغييرات.</numerusform>
    <numerusform>كان hardener يغيّر هذا الهاتف عندما توقف (ربما تم سحب الكابل). لقد سجّل كل قيمة ربما غيّرها. يمكن التراجع عن %n تغييرًا.</numerusform>
    <numerusform>كان hardener يغيّر هذا الهاتف عندما توقف (ربما تم سحب الكابل). لقد سجّل كل قيمة ربما غيّرها. يمكن التراجع عن %n تغيير.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>ابحث عن «رقم الإصدار» (أحيانًا داخل «معلومات البرنامج» أو «الإصدار») وانقر عليه 7 مرات بسرعة. يمكنك أيضًا كتابة «رقم الإصدار» في مربع البحث أعلى «الإعدادات».</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>ارجع إلى «الإعدادات» وابحث عن «خيارات المطوّرين». غالبًا تكون ضمن «النظام». يمكنك أيضًا كتابة «المطوّرين» في مربع البحث أعلى «الإعدادات».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>ارجع إلى «الإعدادات». انقر على «إعدادات إضافية» (أو «إعدادات النظام»)، ثم «خيارات المطوّرين».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>ارجع إلى «الإعدادات». انقر على «إعدادات إضافية»، ثم «خيارات المطوّرين».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>ارجع إلى «الإعدادات». انقر على «النظام والتحديثات»، ثم «خيارات المطوّرين».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>ارجع إلى «الإعدادات». انقر على «النظام»، ثم «خيارات المطوّرين».</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>ارجع إلى الشاشة الأولى في «الإعدادات». أصبحت «خيارات المطوّرين» الآن في الأسفل تمامًا. انقر عليها.</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>إذا رأيت أيضًا «تصحيح أخطاء USB (إعدادات الأمان)»، ففعّله أيضًا. بدونه، يمكن لـ hardener فحص الهاتف لكنه لا يستطيع تغيير بعض الإعدادات. قد يطلب منك الهاتف تسجيل الدخول إلى حساب Mi.</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>إذا رأيت «السماح بتصحيح أخطاء ADB في وضع الشحن فقط»، ففعّله أيضًا.</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>افتح «الإعدادات». مرّر إلى الأسفل وانقر على «لمحة عن الهاتف».</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>وصِّل الهاتف بهذا الكمبيوتر بكابل USB. افتح قفل الهاتف. إذا سألك الهاتف عن الغرض من اتصال USB، فاختر «نقل الملفات».</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>فعّل «تصحيح أخطاء USB». يسألك الهاتف إن كنت متأكدًا: انقر على «حسنًا».</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>انقر على «رقم الإصدار» 7 مرات بسرعة. إذا طلب الهاتف، أدخل رقم التعريف الشخصي (PIN). بعدها يقول الهاتف إنك أصبحت مطوّرًا.</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>انقر على «إصدار MIUI» ‏7 مرات بسرعة (في الهواتف الأحدث اسمه «إصدار نظام التشغيل»). إذا طلب الهاتف، أدخل رقم التعريف الشخصي (PIN).</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>انقر على «معلومات البرنامج».</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>انقر على «الإصدار». ثم انقر على «رقم الإصدار» 7 مرات بسرعة. إذا طلب الهاتف، أدخل رقم التعريف الشخصي (PIN).</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>يسأل الهاتف «هل تريد السماح بتصحيح أخطاء USB؟». انقر على «السماح». لا تضع علامة على «السماح دائمًا» إلا إذا كان هذا الكمبيوتر كمبيوترك الخاص.</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>رجوع</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>اختر الشركة المصنّعة للهاتف. ثم نفّذ الخطوات على الهاتف، واحدة تلو الأخرى.</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>كيفية تفعيل تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>الشركة المصنّعة للهاتف</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>هواتف أخرى</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>إلغاء</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>الاتصال بالهاتف مرة أخرى</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>جارٍ الاتصال بالهاتف…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>لا تضع علامة على «السماح دائمًا من هذا الكمبيوتر» إلا إذا كان هذا الكمبيوتر كمبيوترك الخاص. إذا لم ترَ السؤال، افصل الكابل ثم وصّله مرة أخرى.</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>إيقاف الاتصال (Esc)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>انقر على «السماح» على الهاتف</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>هل نقرت على «رفض» عن طريق الخطأ؟ افصل الهاتف، ثم وصِّله مرة أخرى، وحاول من جديد.</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>يسأل هاتف التدريب «هل تريد السماح بتصحيح أخطاء USB؟». أجب على شاشة هاتف التدريب.</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>يستغرق هذا بضع ثوانٍ.</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>إعادة المحاولة</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>افتح قفل الهاتف. يسأل «هل تريد السماح بتصحيح أخطاء USB؟». انقر على «السماح».</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>في الانتظار</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  (هنا: بعد تفعيله، شغِّل الأمر 'hardener apply' نفسه مرة أخرى.)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (أو اتركه يعمل واتصل عبره: الأمر نفسه مع --adb-server.)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  بهذا الرمز وحده يمكن التراجع عن هذه التغييرات لاحقًا، من أي كمبيوتر: hardener undo --undo-code CODE.
  يمحو 'hardener finish' سجل التراجع من الهاتف إلا إذا أضفت --keep-undo.</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>الخيار "إيقاف مهلة تفويض adb" مفعّل في «خيارات المطوّرين»: الكمبيوتر الذي سُمح له مرة يحتفظ بإمكانية الوصول حتى لو لم يُستخدم لشهور. أوقِفه، وألغِ عمليات التفويض عندما ينتهي hardener.</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>"المزامنة التلقائية" مفعّلة: يتم نسخ جهات الاتصال والتقويم وغيرها إلى الحسابات طوال الوقت. يمكن لأي شخص لديه كلمة المرور قراءة تلك النسخة بدون الهاتف، أو يمكن للشركة تسليمها إلى الشرطة.</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>‏"{address}" ليس عنوان شبكة يستطيع hardener استخدامه. اكتبه كما يعرضه الهاتف تحت «تصحيح الأخطاء اللاسلكي»: أرقام ومنفذ، مثلاً 192.168.1.20:5555 (المنفذ رقم من 1 إلى 65535).</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>‏"{code}" ليس رمز إقران. الرمز هو الأرقام الستة التي يعرضها الهاتف تحت "رمز الإقران عبر Wi-Fi".</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n تطبيق</numerusform>
    <numerusform>تطبيق واحد (%n)</numerusform>
    <numerusform>تطبيقان (%n)</numerusform>
    <numerusform>%n تطبيقات</numerusform>
    <numerusform>%n تطبيقًا</numerusform>
    <numerusform>%n تطبيق</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>يمكن التراجع عن %n تغيير.</numerusform>
    <numerusform>يمكن التراجع عن تغيير واحد (%n).</numerusform>
    <numerusform>يمكن التراجع عن تغييرين (%n).</numerusform>
    <numerusform>يمكن التراجع عن %n تغييرات.</numerusform>
    <numerusform>يمكن التراجع عن %n تغييرًا.</numerusform>
    <numerusform>يمكن التراجع عن %n تغيير.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>%n بند في السجل تالف وسيُترك كما هو.</numerusform>
    <numerusform>بند واحد (%n) في السجل تالف وسيُترك كما هو.</numerusform>
    <numerusform>بندان (%n) في السجل تالفان وسيُتركان كما هما.</numerusform>
    <numerusform>%n بنود في السجل تالفة وستُترك كما هي.</numerusform>
    <numerusform>%n بندًا في السجل تالفة وستُترك كما هي.</numerusform>
    <numerusform>%n بند في السجل تالفة وستُترك كما هي.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>عمره %n شهر</numerusform>
    <numerusform>عمره شهر واحد (%n)</numerusform>
    <numerusform>عمره شهران (%n)</numerusform>
    <numerusform>عمره %n أشهر</numerusform>
    <numerusform>عمره %n شهرًا</numerusform>
    <numerusform>عمره %n شهر</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>أمور ينبغي النظر فيها: %n.</numerusform>
    <numerusform>أمور ينبغي النظر فيها: %n.</numerusform>
    <numerusform>أمور ينبغي النظر فيها: %n.</numerusform>
    <numerusform>أمور ينبغي النظر فيها: %n.</numerusform>
    <numerusform>أمور ينبغي النظر فيها: %n.</numerusform>
    <numerusform>أمور ينبغي النظر فيها: %n.</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>'{title}' ({what}): لا يمكن التراجع عنه أبدًا. هل تريد تنفيذه؟</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(لا يمكن التراجع عنه أبدًا)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(لم يتم تغيير أي شيء.)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(لا يمكن التراجع عنه: {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(غير مضبوط)</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>دقيقة واحدة</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>10 دقائق</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>15 ثانية</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>دقيقتان</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>30 دقيقة</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>30 ثانية</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>5 دقائق</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>5 ثوانٍ</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>تطبيق "مالك الجهاز" يتحكم في كل شيء تقريبًا على هذا الهاتف ويمكنه رؤية الكثير. هذا طبيعي فقط في هاتف عمل من صاحب العمل. إذا كان هذا هاتفك الخاص، فاطلب المساعدة.</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>رقم تعريف شخصي (PIN) فقط، ولا شيء يمكن قراءته على شاشة القفل، وسجل الترجمة محذوف، والهاتف مغلق عند الحدود.</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>تُخفي «المساحة الخاصة» التطبيقات، لكنها تبقى مفتوحة لبعض الوقت بعد قفل الهاتف. اضبطها لتُقفل كلما قُفل الهاتف.</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>هاتف معطوب أو معادٍ (Android 12L): أسماء حزم وأسماء حسابات وإعدادات وخصائص تحاول حقن أوامر shell، وأسطر جديدة، وبايتات NUL، وعلامات الكتابة من اليمين إلى اليسار، وقيم طويلة جدًا، وأسطر عشوائية في كل تفريغ.</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>تطبيق لإظهار هوية المتصل</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>تمت إضافة شهادة إلى الشهادات التي يثق بها الهاتف. بها يستطيع كمبيوتر آخر قراءة حركة الإنترنت التي تحميها التطبيقات. إذا لم تضفها أنت، فاحتفظ بسجل واطلب المساعدة قبل إزالتها.</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>تعذّر إكمال أحد الفحوصات</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>يمكن قراءة النسخة الاحتياطية في السحابة بدون الهاتف، من قبل أي شخص لديه كلمة مرور الحساب.</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>تطبيق للتخزين في السحابة</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>الكمبيوتر الذي لم يُستخدم لفترة يجب السماح له مرة أخرى.</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>يمكن لكمبيوتر مقترن بهذا الهاتف التحكم فيه عبر Wi-Fi، بدون كابل. إذا كان مفعّلاً لهذه الزيارة، فأوقِفه عندما ينتهي hardener؛ وإلا فقد يستخدمه شخص آخر.</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>توجد نسخة على الهاتف: {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>قد تبقى نسخة مما تترجمه في حسابك على Google.</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>تطبيق للمواعدة</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>تطبيق مشرف الجهاز يمكنه قفل الهاتف أو محوه، ويصعب إزالته.</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>يمكن استخدام الوجه أو الإصبع لفتح الهاتف دون موافقتك.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>يمكن إجبارك على استخدام إصبعك أو وجهك عند الحدود؛ أما رقم التعريف الشخصي الذي في رأسك فلا.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>يمكن إجبارك على استخدام إصبعك أو وجهك. قبل أي لحظة خطرة، أزِلهما من «الإعدادات» ثم «الأمان»، أو استخدم «إلغاء التأمين» من قائمة زر التشغيل.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>يمكن إجبارك على استخدام إصبعك أو وجهك: يمكن لشخص أن يضع الهاتف أمام وجهك أو يضغط بإصبعك عليه. أما رقم التعريف الشخصي فيبقى في رأسك. قبل أي لحظة خطرة استخدم «إلغاء التأمين»، أو أزِل بصمات الأصابع والوجه.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>يمكن إجبارك على استخدام إصبعك أو وجهك؛ أما رقم التعريف الشخصي الذي في رأسك فلا. الهاتف المغلق هو الأصعب في القراءة.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>لوحة المفاتيح ترى كل ما تكتبه، وكلمات المرور أيضًا. هذه اللوحة لم تأتِ مع الهاتف. إذا اخترتها أنت، فتأكد من أنك تثق بالجهة التي صنعتها.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>لوحة المفاتيح ترى كل ما تكتبه، وكلمات المرور أيضًا. تم تثبيت هذه اللوحة من خارج متجر التطبيقات. إذا لم تخترها أنت، فقد يقرأ شخص ما ما تكتبه. لا تُزِلها الآن: إذا كانت تراقبك، فإزالتها قد تنبّه الشخص الذي ثبّتها. احتفظ بسجل وضع خطة للسلامة أولاً.</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>تطبيق للمراسلة</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>تطبيق للمراقبة</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>تم العثور على تطبيق للمراقبة: {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>الرقم المستخدم للعمل وللحياة الخاصة يربط بينهما لأي شخص يبحث.</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>يمكن إعداد بصمة شريكك أو ساعته لفتح هاتفك.</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>النقش سهل التخمين، وسهل الرؤية من فوق كتفك، وغالبًا يترك أثرًا على الشاشة. رقم التعريف الشخصي (PIN) من 6 أرقام أو أكثر، أو كلمة المرور، أكثر أمانًا بكثير.</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>الهاتف الذي يُخطف بعد انطفاء شاشته مباشرة قد يُفتح بدون رقم التعريف الشخصي.</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>أحد إعدادات الهاتف</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>الهاتف الذي يُؤخذ وهو لا يزال مفتوح القفل يكشف كل شيء.</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>الهاتف الذي يُؤخذ وشاشته لا تزال مضاءة يكون مفتوحًا: لا حاجة إلى تخمين أي شيء. 30 ثانية أكثر أمانًا.</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>الهاتف المغلق والمقفل برقم تعريف شخصي هو الأصعب في الفتح.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>الهاتف الذي يُفتح بدون رقم تعريف شخصي يعطي الشرطة كل محادثة مع كل زبون.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>الهاتف الذي يُفتح بدون رقم تعريف شخصي يعطي الشرطة أو المبتز كل ما عليه.</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>الهاتف الذي يبقى نشطًا على الشاحن يبقى مفتوحًا لأي شخص.</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>الهاتف الذي تم إغلاقه ولم يُفتح قفله منذ ذلك الحين هو الأصعب في القراءة. إذا كنت تتوقع الشرطة أو الحدود أو مداهمة، فأغلِق الهاتف.</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>هاتف فيه نحو 600 تطبيق (Pixel 6a، Android 13): ألعاب ومتاجر وأدوات كثيرة؛ يختبر أن تكلفة الفحص لا تزيد مع عدد التطبيقات.</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>الصورة المنشورة في إعلان قد تحمل مكان التقاطها.</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>المتصفح الخاص لا يحتفظ بسجل ويحظر أدوات التتبع؛ و Tor Browser يُخفي أيضًا مكانك. ثبّت واحدًا، ثم افتح «الإعدادات»، ثم «التطبيقات»، ثم «التطبيقات التلقائية»، ثم «تطبيق المتصفح».</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>مزوّد اخترته أنت</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>تم ضبط خادم وكيل للهاتف كله: يستطيع كمبيوتر آخر أن يرى ما يرسله الهاتف ويستقبله، وأن يغيّره. إذا لم تضبطه أنت، فقد يكون شخص ما يراقب استخدامك للإنترنت.</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>يساعد السجل خدمة الدعم، ولاحقًا الشكوى، إذا اخترت تقديمها.</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>تم ضبط قفل الشاشة</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>الملف الشخصي الثاني يفصل التطبيقات، لكنه على الهاتف نفسه: من يفتح الهاتف قد يفتحه أيضًا، والملف الشخصي للعمل تديره الجهة التي تديره. اعرف ما يوجد في كل واحد.</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>تطبيق أمان متوقف: {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>هوية عمل منفصلة</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>أحد إعدادات هذا الهاتف يحتاج إلى انتباه</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>تم تغيير أحد الإعدادات</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>يمكن لمنظمة للعاملين في مجال الجنس، أو لخدمة لمواجهة العنف الأسري، أو لخط مساعدة للأمان الرقمي أن تساعدك على فحص الهاتف وتقرير ما تفعله. استمر في استخدام الهاتف كالمعتاد حتى تكون لديك خطة.</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>تطبيق للتواصل الاجتماعي</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>تطبيق تجسس</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>تطبيق التجسس يُظهر لشخص آخر رسائلك ومكالماتك وموقعك.</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>تم العثور على تطبيق تجسس: {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>تطبيق للترجمة</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>ملف العمل الشخصي يديره {app}</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>الوصول بميزة «سهولة الاستخدام» يسمح للتطبيق بقراءة كل ما على الشاشة، ورؤية ما تكتبه، والنقر بدلاً منك. تطبيقات التجسس تستخدمه. اتركه فقط للتطبيقات التي اخترتها، مثل قارئ الشاشة.</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>تطبيقات «سهولة الاستخدام»: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>الحساب</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>الحسابات تنسخ البيانات من الهاتف تلقائيًا</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>الحسابات على هذا الهاتف: {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>الحسابات: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>جاءت «الحماية المتقدّمة» مع Android 16. على هذا الهاتف، أكثر ما يفيد هو رقم تعريف شخصي قوي، و«إلغاء التأمين»، وإغلاق الهاتف.</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>«الحماية المتقدّمة» متوقفة</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>«الحماية المتقدّمة» مفعّلة</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>«الحماية المتقدّمة»: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>تطبيقات الإعلانات والمواعدة بينما تبحث الشرطة</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>بعد 5 دقائق</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>بعد إعادة التشغيل</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>بعد انطفاء الشاشة، يمكن لأي شخص يلتقط الهاتف خلال تلك المدة أن يفتحه بدون رقم التعريف الشخصي. اقفله فورًا، أو بعد 5 ثوانٍ على الأكثر.</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>سليم أصلاً</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>مضبوطة بأمان أصلاً، وتُركت كما كانت: {count}.</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>تطبيق</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>تطبيق (لم تتم قراءة اسمه)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>التطبيق المسموح له بتسجيل الشاشة دون أن يسأل يمكنه نسخ عروضك ومحادثاتك.</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>متجر تطبيقات</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>التطبيق الذي يظهر فوق التطبيقات الأخرى يمكنه عرض شاشات مزيفة لسرقة رقم التعريف الشخصي.</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>التطبيق الذي يقرأ الإشعارات يرى معاينة كل رسالة.</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>التطبيق الذي يقرأ جهات اتصالك يمكنه ربط ملفك الشخصي للعمل بأشخاص تعرفهم.</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>التطبيق الذي يملك الوصول بميزة «سهولة الاستخدام» يمكنه قراءة شاشتك والتصرف باسمك.</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>التطبيق الذي يستخدم الكاميرا أو الميكروفون يمكنه تسجيلك وتسجيل عروضك.</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>الموقع الدقيق يكشف أين تعيش وتعمل؛ والموقع التقريبي يكفي للقاء شخص قريب.</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>الضابط الذي يمسك الهاتف المقفل يمكنه قراءة الرسائل التي تظهر على شاشته.</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>هاتف للعمل الميداني فيه بيانات استبيانات أو بيانات عملاء</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>يتكون رمز التراجع من 12 حرفًا ورقمًا، مثل 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>يمكن لـ Android 16 حظر التطبيقات من خارج المتجر، وشبكات 2G القديمة، واتصالات USB الجديدة أثناء قفل الهاتف. هذا يجعل قراءة الهاتف المأخوذ أصعب، مع بعض القيود على التطبيقات.</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>ينسخ النسخ الاحتياطي في Android بيانات التطبيقات والإعدادات، ومع Google غالبًا الرسائل النصية وسجل المكالمات، إلى حسابك. يمكن لأي شخص لديه كلمة المرور، أو للشركة عندما تطلب الشرطة، قراءتها بدون الهاتف.</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>النسخ الاحتياطي في Android متوقف</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>النسخ الاحتياطي في Android إلى السحابة</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>يشغّل Android هذا التطبيق كخدمة «سهولة الاستخدام»، وهذا يسمح له بقراءة كل ما على الشاشة، لكنه غير موجود في قائمة تطبيقات «سهولة الاستخدام» في «الإعدادات». لا تُزِله الآن: إذا كان يراقبك، فإزالته قد تنبّه الشخص الذي ثبّته. احتفظ بسجل وضع خطة للسلامة أولاً.</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android:</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>برنامج آخر على هذا الكمبيوتر (خادم "adb" من Google، العملية {pid}) يستخدم الهاتف. يمكن لـ hardener العمل عبره: عندها قد يسأل الهاتف "هل تريد السماح بتصحيح أخطاء USB؟" مرة أخرى، لذلك البرنامج. أو يمكن لـ hardener إيقافه إذا وافقت، أو يمكنك إغلاق ذلك البرنامج بنفسك.</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>هناك جلسة أخرى تغيّر هذا الهاتف الآن. انتظر حتى تنتهي، ثم حاول مرة أخرى. (إذا لم تكن هناك جلسة أخرى تعمل، فحاول مرة أخرى بعد {minutes} دقيقة.)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>أي شخص يمسك الهاتف المقفل يمكنه قراءة الرسائل التي تظهر على شاشته.</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>أي شخص يلتقط هذا الهاتف يمكنه فتحه وقراءة كل شيء: الرسائل والصور وجهات الاتصال وسجل الترجمة. اضبط رقم تعريف شخصي (PIN) من 6 أرقام أو أكثر، أو كلمة مرور.</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>أذونات التطبيقات: تعذّرت قراءتها</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>هل تريد إجراء %n تغيير؟</numerusform>
    <numerusform>هل تريد إجراء تغيير واحد (%n)؟</numerusform>
    <numerusform>هل تريد إجراء تغييرين (%n)؟</numerusform>
    <numerusform>هل تريد إجراء %n تغييرات؟</numerusform>
    <numerusform>هل تريد إجراء %n تغييرًا؟</numerusform>
    <numerusform>هل تريد إجراء %n تغيير؟</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>التطبيقات والأذونات</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>تطبيقات مثل هذا ترفع جهات اتصالك وتستخدمها لاقتراح "أشخاص قد تعرفهم". عندها قد يُعرض ملفك الشخصي على الزبائن أو الزملاء أو العائلة، أو تُعرض ملفاتهم عليك. وقد يكشف ذلك أمرك.</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>تطبيقات تتظاهر بأنها Android: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>تطبيقات تتصرف مثل تطبيقات التجسس: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>تطبيقات يمكنها تثبيت تطبيقات: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>تطبيقات تظهر فوق التطبيقات الأخرى: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>التطبيقات التي تقرأ جهات اتصالك يمكنها عرض ملفك الشخصي على الزبائن أو العائلة.</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>تطبيقات بدون رمز: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>التطبيقات التي سمحت لها يمكنها معرفة مكانك. أوقِف الموقع عندما تذهب إلى العمل أو إلى مكان يجب ألا يعرف عنه الآخرون، وشغّله مرة أخرى عندما تحتاج إلى خريطة.</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>التطبيقات: {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>اطلب من شركة الهاتف حظر بطاقة SIM وإعطاءك بطاقة جديدة. عادةً يمكنك الاحتفاظ برقمك.</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>افترض أن كل ما عليه تم نسخه</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>عند الحدود: أغلِق الهاتف</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>في النهاية، دع hardener ينهي الجلسة، أو افتح «الإعدادات»، ثم «النظام»، ثم «خيارات المطوّرين»، وأوقِف زر التبديل في الأعلى.</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>في النهاية: إلغاء عمليات تفويض تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>في النهاية: إيقاف تصحيح الأخطاء اللاسلكي</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>تلقائي</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>المزامنة التلقائية ليس لها حساب تنسخ إليه</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>المزامنة التلقائية متوقفة</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>المزامنة التلقائية: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>النسخ الاحتياطي: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>قبل اعتقال أو مداهمة محتملة</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>قبل التفتيش: أغلِق الهاتف، أو استخدم «إلغاء التأمين»</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>قبل أن تغيّر أي شيء، احتفظ بدليل: التقط صورًا لهذه الشاشة بهاتف آخر، أو احفظ هذا التقرير على جهاز لا يستخدمه أحد غيرك. قد يساعد لاحقًا مع منظمة دعم أو محامٍ، مهما قررت.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>هاتف لقياس الأداء: Pixel 6a بنظام Android 13 مع نحو 1000 تطبيق.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>هاتف لقياس الأداء: Pixel 6a بنظام Android 13 مع نحو 300 تطبيق.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>هاتف لقياس الأداء: Pixel 6a بنظام Android 13 مع نحو 50 تطبيقًا.</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>إلى جانب هذا الكمبيوتر، يثق الهاتف بأجهزة كمبيوتر أخرى لتصحيح أخطاء USB (عددها: {others}). من يملك أحدها يمكنه توصيل الهاتف عندما يكون قفله مفتوحًا ونسخ الملفات أو تثبيت التطبيقات أو مشاهدة الشاشة. ألغِ عمليات التفويض عندما ينتهي hardener.</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>البحث عن أجهزة Bluetooth أثناء إيقاف Bluetooth</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>يمكن لضباط الحدود تفتيش الهاتف الذي يُفتح بدون رقم تعريف شخصي.</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>اتصل أو اكتب لطلب المساعدة من هاتف أو كمبيوتر لم يلمسه المراقِب أبدًا. الهاتف المراقَب يمكن أن يُظهر له بمن اتصلت.</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>الكاميرا والميكروفون وتسجيل الشاشة و«سهولة الاستخدام»: فقط للتطبيقات التي تختارها.</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>الشهادات المضافة إلى الهاتف: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>غيّر كلمات المرور</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>اشحن الهاتف بالكامل وأبقِه موصولاً بالشاحن. افتح «الإعدادات»، ثم «الأمان»، ثم «تشفير الهاتف». قد يستغرق ذلك ساعة. اضبط رقم تعريف شخصي أو كلمة مرور أولاً.</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>يمكن قراءة المحادثات والصور المنسوخة احتياطيًا في السحابة بدون الهاتف.</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>تحقق من النسخ الاحتياطي في «صور Google»</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>تحقق من Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>تحقق من النسخ الاحتياطي لـ WhatsApp والصور</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>تحقق من النسخ الاحتياطي لمحادثات WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>تحقق من Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>تحقق من التطبيقات التي جاءت من خارج متجر التطبيقات</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>تحقق من التطبيقات التي لم تأتِ من متجر تطبيقات</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>تحقق من التطبيقات التي تظهر فوق التطبيقات الأخرى</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>تحقق من التطبيقات التي لها إذن الوصول إلى بيانات الاستخدام</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>تحقق من تطبيقات مشرف الجهاز</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>تحقق من فتح القفل بالبصمة والوجه</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>تحقق من بصمات الأصابع والوجه وSmart Lock عندما يكون ذلك آمنًا</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>الفحص فقط</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>الفحص فقط، ثم التحدث مع شخص تثق به</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>تأكد من أن هذا التطبيق يحتاج إلى هذه الأذونات. يمكنك سحب أي منها؛ وسيطلبها التطبيق مرة أخرى إذا كان يحتاج إليها فعلاً.</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>تحقق من الحسابات</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>تحقق مما يتم نسخه احتياطيًا</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>تحقق مما يرفعه هذا التطبيق</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>تحقق مما تنسخه تطبيقاتك احتياطيًا إلى السحابة</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>تحقق من التطبيقات التي يمكنها تسجيل شاشتك</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>تحقق من المتصفح الذي يفتح روابطك، واختر متصفحًا يحتفظ بمعلومات أقل عنك.</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>تحقق من لوحة المفاتيح التي تستخدمها</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>تحقق ممن يمكنه العثور عليك برقمك</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>تحقق من صاحب البصمة أو الوجه أو الجهاز الموثوق الذي يفتح الهاتف</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>تحقق من تطبيقاتك التلقائية</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>اختر متصفحًا يحتفظ بمعلومات أقل عنك</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>اختر ما تتم مزامنته مع السحابة</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>اختر ما ينسخه هذا الحساب</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>امسح السجل داخل تطبيق الترجمة</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>امسح السجل في التطبيق</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>امسح سجل الترجمة</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>امسح سجل الترجمة قبل أن تسافر</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>الحسابات السحابية والمزامنة والنسخ الاحتياطي</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>تطبيقات السحابة: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>أجهزة الكمبيوتر المسموح لها بتصحيح أخطاء USB تبقى مسموحًا لها إلى الأبد</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>أجهزة الكمبيوتر الموثوقة لتصحيح أخطاء USB: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>أجهزة الكمبيوتر الموثوقة لتصحيح أخطاء USB: {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>للاتصال: {command}   (Ctrl-C يوقفه)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>يمكن قراءة جهات الاتصال والصور في السحابة بدون الهاتف.</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>تعذّر التحقق منه</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>تعذّر التحقق منها ({count}):</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>تعذّر التحقق</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>تعذّر الوصول إلى سلسلة المفاتيح، لذلك لم تتم إزالة المفتاح (إن وُجد): {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>عبور الحدود أو السفر</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>تطبيقات المواعدة والإعلانات ممنوعة من جهات اتصالك ومن موقعك الدقيق، ورقم منفصل، والرسائل لا تظهر على شاشة القفل.</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>تطبيقات المواعدة والموقع: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>تعامل مع تطبيقات التجسس فقط بعد وضع خطة للسلامة</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>تعامل مع تطبيقات التجسس بأمان</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>تطبيقات الرسائل القصيرة والهاتف التلقائية: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>المتصفح التلقائي: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>احذف سجل «ترجمة Google» في حسابك على Google</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>احذف العبارات المحفوظة</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>احذف سجل الترجمة في حسابك على Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>احذف سجل الترجمة المحفوظ في حسابك على Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>احذف سجل الترجمة المحفوظ في حسابك</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>خيارات المطوّرين</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>تطبيقات مشرف الجهاز: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>صلاحيات مشرف الجهاز تسمح للتطبيق بقفل الهاتف، أو محوه، أو منعك من إزالته. اتركها فقط للتطبيقات التي تعرفها، مثل «العثور على جهازي» أو تطبيق للعمل.</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>هل تعرف هذا التطبيق؟</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>هل تعرف لماذا يوجد هذا التطبيق هنا؟</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>انتهى: تم تغيير {changed}، سليم أصلاً {already}، لم يُنفَّذ {not_applied}، تم تخطي {skipped}، فشل {failed} (عدد جولات الاتصال بالهاتف: {round_trips}).</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>كل حساب مسجَّل الدخول على الهاتف يكشف بريده وصوره ومحادثاته عند التفتيش.</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>في كل مرة يطلب فيها تطبيق تسجيل شاشتك أو بثها، اقرأ اسم التطبيق. وضع علامة على "عدم العرض مرة أخرى" يسمح له بالتسجيل لاحقًا دون أن يسأل.</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>شفِّر الهاتف</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>التشفير:</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>التشفير: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>هل تريد محو سجل التراجع على الهاتف؟ بعدها لا يعود من الممكن التراجع عن التغييرات.</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>حتى مع إيقاف Wi-Fi وBluetooth، يبحث الهاتف عن الشبكات والأجهزة القريبة. هذا يخبر التطبيقات وGoogle بمكانك، حتى داخل المباني. قليل من الناس يحتاجون إليه.</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>كل خدمة «سهولة الاستخدام» يشغّلها Android موجودة في القائمة في «الإعدادات».</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>كل تطبيق مثبّت من خارج المتجر له رمز</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>كل تطبيق يحمل اسمًا يحتفظ به Android لنفسه جاء مع الهاتف.</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>كل تطبيق ثبّتّه جاء من متجر تطبيقات</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>يُحذف أيضًا كل ما هو محفوظ داخل التطبيق: اللغات التي نزّلتها للاستخدام بلا إنترنت، والعبارات المحفوظة، والإعدادات، وتسجيل الدخول. يمكنك تنزيل اللغات مرة أخرى لاحقًا.</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>كل شيء على هذا الهاتف في مكان واحد. إذا كان العمل والحياة الخاصة يتشاركانه، فاجعلهما على أرقام وحسابات منفصلة.</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>تم إعداد فتح القفل بالوجه</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>اعرف قبل السفر ما يسمح القانون للضباط بطلبه عند هذه الحدود. يمكن لمنظمة للعاملين في مجال الجنس أو لمجموعة لحقوق المهاجرين أن تخبرك.</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>تم إعداد فتح القفل بالبصمة والوجه</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>فتح القفل بالبصمة والوجه: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>تم إعداد فتح القفل بالبصمة</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>تم الإصلاح</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>للزيارة الأولى، أو لهاتف قد يكون أحد يراقبه: انظر قبل تغيير أي شيء.</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>لهاتف فريق يحمل بيانات أشخاص آخرين: اقفله بإحكام وأبقِ تلك البيانات خارج السحابة.</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>لكل من يعبر الحدود أو يسافر للعمل، وقبل كل شيء المهاجرين الذين قد يُشكَّك في وضعهم القانوني.</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>لكل من قد يُعتقل أو تُداهم الشرطة مكانه أو يفتشه، ويُؤخذ هاتفه.</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>لكل من يقدم عروضًا عبر كاميرا الويب أو يصنع محتوى على هذا الهاتف.</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>لكل من يجد الزبائن على تطبيقات المواعدة أو وسائل التواصل الاجتماعي أو مواقع الإعلانات حيث تبحث الشرطة أيضًا.</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>لكل من يُبقي عمله في مجال الجنس بعيدًا عن العائلة والأصدقاء والعمل النهاري.</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>لكل من قد يقرأ شريكه أو شريكه السابق أو أحد زبائنه هاتفه، أو يستخدم ما عليه ضده.</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>للمهاجرين ولكل من يتحدث مع الزبائن أو المسؤولين عبر تطبيق للترجمة.</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>للعاملين في التوعية الميدانية وللمنظمات التي يحمل هاتفها بيانات أشخاص آخرين.</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>لمن يستخدم تطبيقات الترجمة كل يوم: اجعل سجلها قصيرًا وبعيدًا عن السحابة.</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>تم العثور على مشكلات يجب إصلاحها: %n.</numerusform>
    <numerusform>تم العثور على مشكلات يجب إصلاحها: %n.</numerusform>
    <numerusform>تم العثور على مشكلات يجب إصلاحها: %n.</numerusform>
    <numerusform>تم العثور على مشكلات يجب إصلاحها: %n.</numerusform>
    <numerusform>تم العثور على مشكلات يجب إصلاحها: %n.</numerusform>
    <numerusform>تم العثور على مشكلات يجب إصلاحها: %n.</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>من هاتف أو كمبيوتر آخر، غيّر كلمات مرور بريدك الإلكتروني وتطبيقات المراسلة ووسائل التواصل الاجتماعي وحسابات السحابة.</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>اطلب المساعدة من أشخاص لديهم خبرة</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>أعطِ تطبيقات المواعدة موقعًا تقريبيًا فقط</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>راجِع النتائج</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>من المفيد معرفته</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>جيد. رقم التعريف الشخصي (PIN) من 6 أرقام أو أكثر، أو كلمة المرور، يحمي الهاتف أفضل حماية. الرقم القصير مثل 1234 أو تاريخ الميلاد سهل التخمين: غيّره إذا كان رقمك هكذا.</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>جيد. لا يمكن لكمبيوتر التحكم في هذا الهاتف عبر كابله.</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>جيد. الهاتف الذي يُخطف بعد انطفاء الشاشة مباشرة يحتاج أصلاً إلى رقم التعريف الشخصي.</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>جيد. يشفّر Android أسماء المواقع التي تستخدمها حيثما تسمح الشبكة بذلك.</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>جيد. لا تستطيع التطبيقات الآن معرفة مكانك من موقع الهاتف.</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>جيد. بعيدًا عن الأماكن الموثوقة، لا يستطيع من عرف رقم التعريف الشخصي تغييره أو إيقاف الحماية بدون بصمتك أو وجهك.</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>جيد. يفحص Google Play التطبيقات على هذا الهاتف بحثًا عن التطبيقات الضارة المعروفة.</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>جيد. اضغط مع الاستمرار على زر التشغيل وانقر على «إلغاء التأمين» عندما يكون الهاتف معرّضًا للأخذ.</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>جيد. لا توجد خدمة «سهولة استخدام» مفعّلة.</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>جيد. لا يوجد تطبيق يمكنه قفل الهاتف أو محوه، أو منعك من إزالته.</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>جيد. لم يُعطَ أي تطبيق إمكانية الوصول إلى كل إشعاراتك.</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>جيد. لم يتم تثبيت أي تطبيق على هذا الهاتف من ملف أو بواسطة تطبيق آخر.</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>جيد. لا يوجد تطبيق ثبّتّه يمكنه استخدام الموقع أو الميكروفون أو الكاميرا أو الرسائل أو المكالمات أو جهات الاتصال.</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>جيد. لا يوجد تطبيق ثبّتّه لديه هذا الإذن.</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>جيد. لا يوجد تطبيق مواعدة على هذا الهاتف لديه موقعك الدقيق.</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>جيد. لا يُسمح لأي تطبيق آخر على هذا الهاتف بتثبيت تطبيقات جديدة عليه.</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>جيد. لا شيء يخرج من الهاتف خارج VPN، حتى عند إعادة الاتصال.</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>جيد. رقم التعريف الشخصي أو كلمة المرور فقط يفتحان الهاتف، ولا يمكن لأحد إجبارك على فتحه بإصبعك أو وجهك.</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>جيد. الصور الملتقطة بكاميرا الهاتف لا تحمل موقعك.</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>جيد. من يمسك الهاتف المقفل لا يستطيع قراءة رسائلك.</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>جيد. أسماء المواقع والتطبيقات التي تستخدمها مشفّرة على كل شبكة.</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>جيد. لا يبقى الهاتف مفتوح القفل من تلقاء نفسه في أماكن معينة أو بالقرب من أجهزة معينة.</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>جيد. في الهاتف إصلاحات الأمان لهذا الموسم، وهذا يجعل اختراقه أصعب.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>جيد. يُقفل الهاتف نفسه حتى عندما يكون موصولاً بالشاحن.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>جيد. يُقفل الهاتف نفسه سريعًا عندما تضعه جانبًا.</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>جيد. يرفض الهاتف التطبيقات من خارج المتجر، والشبكات القديمة، واتصالات USB الجديدة أثناء قفله.</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>جيد. تطبيقات التواصل الاجتماعي والمواعدة وإظهار هوية المتصل على هذا الهاتف لا تستطيع قراءة قائمة جهات اتصالك.</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>جيد. تبقى هذه على الهاتف.</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>جيد. هذا المتصفح يحتفظ بمعلومات أقل عما تشاهده.</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>جيد. عندما يكون الهاتف مقفلاً أو مغلقًا، لا يمكن قراءة محتواه بدون رقم التعريف الشخصي أو كلمة المرور. قوة التشفير من قوة رقم التعريف الشخصي أو كلمة المرور.</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>جيد. مع إيقاف Wi-Fi وBluetooth، لا يستمر الهاتف في البحث عن الأماكن القريبة.</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>هاتف Google Pixel 8 بنظام Android 14، تم إعداده بعناية: قفل برقم التعريف الشخصي (PIN)، ومحتوى الإشعارات مخفي على شاشة القفل، وحساب Google واحد، والنسخ الاحتياطي مفعّل. نتائج قليلة.</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>هاتف Google Pixel 9 بنظام Android 15 مع ملف شخصي للعمل (المستخدم 10) يديره صاحب عمل؛ قفل برقم التعريف الشخصي (PIN)، وفتح القفل بالوجه، وSmart Lock مفعّل.</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>«ترجمة Google» غير موجود على هذا الهاتف</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>قد تكون الحماية من السرقة من Google متاحة على هذا الهاتف. لا يستطيع hardener معرفة إن كانت مفعّلة: تحقق من ذلك في «الإعدادات».</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>مخفي</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>إخفاء الرسائل على شاشة القفل</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>إخفاء محتوى الرسائل على شاشة القفل</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>اضغط مع الاستمرار على زر التشغيل (في بعض الهواتف: زر التشغيل ورفع الصوت معًا)، ثم انقر على «إلغاء التأمين». بعدها يحتاج الهاتف إلى رقم التعريف الشخصي: تتوقف البصمة والوجه وSmart Lock عن العمل حتى تُدخله. في الهواتف التي ليس فيها «إلغاء التأمين»، أغلِق الهاتف بدلاً من ذلك.</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>اضغط مع الاستمرار على زر التشغيل، ثم انقر على «إلغاء التأمين». بعدها يحتاج الهاتف إلى رقم التعريف الشخصي: تتوقف البصمة والوجه وSmart Lock عن العمل حتى تُدخله.</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>كيفية التراجع</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>«التحقّق من الهوية» مفعّل</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>لم يظهر أن «التحقّق من الهوية» مفعّل</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>«التحقّق من الهوية»: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>إذا كان الهاتف قد يُؤخذ أو يُفتَّش قريبًا</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>إذا أُخذ الهاتف أو ضاع</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>إذا أُخذ هذا الهاتف، تنكشف بيانات أشخاص آخرين، وليس بياناتك فقط.</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>إذا ثبّتّه أنت، فافتح إعداداته وتحقق ممن يمكنه رؤية موقعك أو تسجيلاتك أو شاشتك. إذا لم تثبّته أنت، فاحتفظ بسجل واطلب المساعدة.</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>إذا كنت تستخدم «ترجمة Google» على الويب أو على جهاز آخر وأنت مسجَّل الدخول، فقد يظل حسابك على Google يحتفظ بترجماتك.</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>فورًا</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>مهم</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>في «ترجمة Google»، افتح «المحفوظة» (النجمة) واحذف العبارات التي لا تريد الاحتفاظ بها: إنها محفوظة في حسابك.</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>في LINE، استخدم Letter Sealing واحذف المحادثات التي لا تحتاج إليها: افتح المحادثة، ثم القائمة، ثم «الإعدادات»، ثم «حذف سجل المحادثة».</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>في Messenger، افتح المحادثة، وانقر على الاسم، ثم «الرسائل المؤقتة» (أو «وضع الاختفاء»).</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>في Signal، افتح «الإعدادات»، ثم «الخصوصية»، ثم «المؤقت الافتراضي للدردشات الجديدة»، واختر مدة. للمحادثات الموجودة: افتح المحادثة، وانقر على الاسم، ثم «الرسائل المؤقتة».</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>في Telegram، افتح «الإعدادات»، ثم «الخصوصية والأمان»، ثم «الحذف التلقائي للرسائل»، واختر مدة. المحادثات العادية تُحفظ أيضًا على خوادم Telegram: استخدم «المحادثات السرية» مع الزبائن.</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>في Viber، افتح المحادثة، وانقر على الاسم، ثم «الرسائل المؤقتة»، واختر مدة.</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>في WhatsApp Business، افتح «الإعدادات»، ثم «الخصوصية»، ثم «المؤقت الافتراضي للرسائل»، واختر 24 ساعة أو 7 أيام. للمحادثات الموجودة: افتح المحادثة، وانقر على الاسم، ثم «الرسائل المؤقتة».</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>في WhatsApp، افتح «الإعدادات»، ثم «الخصوصية»، ثم «المؤقت الافتراضي للرسائل»، واختر 24 ساعة أو 7 أيام. للمحادثات الموجودة: افتح المحادثة، وانقر على الاسم، ثم «الرسائل المؤقتة».</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>في WhatsApp: «الإعدادات»، «الدردشات»، «النسخ الاحتياطي للدردشات»: اختر «أبدًا» أو احمِ النسخة الاحتياطية بالتشفير التام بين الطرفين. في «صور Google»: صورتك، «إعدادات الصور»، «الاحتفاظ بنسخة احتياطية».</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>في محادثة على Instagram، اسحب لأعلى لتفعيل «وضع الاختفاء». الرسائل التي أرسلتها من قبل تبقى: احذف ما لا تريد أن يُعثر عليه.</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>في إعدادات الأمان لكل حساب، سجّل الخروج من كل الأجهزة الأخرى، حتى يفقد الهاتف المأخوذ إمكانية الوصول.</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>في كل تطبيق يحتفظ بالمحادثات أو الصور، افتح إعداداته وابحث عن «النسخ الاحتياطي». إذا لم يكن الحساب الذي ينسخ إليه آمنًا، فأوقِف النسخ الاحتياطي أو احمِه، واحذف النسخ الاحتياطية القديمة هناك.</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>في كل تطبيق للمواعدة والمراسلة، افتح «الخصوصية» وأوقِف "العثور عليّ برقم الهاتف" ورفع جهات الاتصال.</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>في بعض الأماكن، قد يُستخدم محو الهاتف عن بُعد ضدك. اطلب المشورة أولاً إن استطعت.</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>‏Instagram: استخدم «وضع الاختفاء»</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>ثبّت VPN تثق به وسجّل الدخول. ثم افتح «الإعدادات»، ثم «الشبكة» (أو «الاتصالات»)، ثم «VPN»، وانقر على رمز الترس بجانبها، وفعّل "شبكة VPN التي يتم تشغيلها دائمًا" و"حظر الاتصالات بدون VPN".</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>ثبّت تحديثات الأمان</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>احتفظ بسجل أولاً</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>احتفظ بسجل لما تم العثور عليه</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>احتفظ بسجل في مكان لا يصل إليه المراقِب</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>احتفظ بأشياء أقل على الهاتف</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>افصل حسابات العمل عن الحسابات الخاصة</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>اجعل العمل والحياة الخاصة على أرقام منفصلة</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>أبقِ جهات اتصال العمل وحساباته بعيدة عن الحياة الخاصة، حتى لا تستطيع التطبيقات الربط بينهما.</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>أبقِ صور العمل وجهات الاتصال خارج السحابة</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>أبقِ جهات اتصالك بعيدة عن تطبيقات المواعدة والتواصل الاجتماعي</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>أبقِ موقعك خارج الصور</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>لوحة المفاتيح: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>اعرف ما تقوله إذا طُلب منك فتح القفل</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>معرفة ما يُظهره الهاتف هي الخطوة الأولى.</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>‏LINE: احذف المحادثات القديمة</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>الخطوة الأخيرة، على الهاتف: {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>اسمح للشاشة بالانطفاء أثناء الشحن</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>تُفتح الروابط في أي متصفح يختاره الهاتف. اختر متصفحًا يحتفظ بمعلومات أقل عنك.</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>الموقع الجغرافي</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>الموقع الجغرافي متوقف</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>الموقع الجغرافي مفعّل</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>الموقع الجغرافي: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>القفل بعد انطفاء الشاشة: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>اقفل «المساحة الخاصة» مع الهاتف</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>اقفل الهاتف فور انطفاء الشاشة</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>أمِّن الهاتف الآن بزر «إلغاء التأمين»</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>اقفل الشاشة بعد 30 ثانية أو أقل</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>زر «إلغاء التأمين» في قائمة زر التشغيل</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>زر «إلغاء التأمين»: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>جاء «إلغاء التأمين» مع Android 9. على هذا الهاتف، أغلِق الهاتف عندما يكون معرّضًا للأخذ: بعد إعادة التشغيل لا يفتحه إلا رقم التعريف الشخصي أو كلمة المرور.</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>«إلغاء التأمين» طريقة سريعة لجعل الهاتف يحتاج إلى رقم التعريف الشخصي: يوقف البصمة والوجه وSmart Lock والرسائل على شاشة القفل. على هذا الهاتف يجب تفعيله.</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>«إلغاء التأمين» موجود في قائمة زر التشغيل</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>«إلغاء التأمين» غير موجود في قائمة زر التشغيل</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>«إلغاء التأمين» يجعل الهاتف يطلب رقم التعريف الشخصي: لا يمكن للإصبع أو الوجه فتحه.</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>«إلغاء التأمين» يجعل الهاتف يطلب رقم التعريف الشخصي، ولا شيء يُظهر أنه موجود حتى يُستخدم.</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>قد يكون «إلغاء التأمين» مخفيًا من قائمة زر التشغيل</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>«إلغاء التأمين» يحتاج إلى قفل الشاشة</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>«إلغاء التأمين»: رقم التعريف الشخصي وحده يفتح الهاتف</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>اطّلع على الشهادات المضافة إلى الهاتف</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>افحص الهاتف واشرح ما تم العثور عليه. لا يتغير شيء.</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>انظر أولاً ولا تغيّر شيئًا؛ تعامل مع تطبيقات التجسس فقط بعد وضع خطة للسلامة؛ ثم فقط التغييرات التي لا يستطيع المراقِب ملاحظتها.</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>انظر أولاً، ولا تغيّر شيئًا بعد</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>ضع خطة للسلامة قبل إزالة تطبيق تجسس</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>ضع خطة للسلامة قبل أن تُزيل أي شيء</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>اجعل الرسائل تختفي في كل تطبيق مراسلة</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>اجعل الهاتف ينسى الكمبيوتر</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>اجعل الشاشة تنطفئ أسرع</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>ربما تغيّرت: توقفت الجلسة قبل التحقق منها</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>محتوى الرسائل على شاشة القفل</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>الرسائل</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>يمكن قراءة الرسائل على الهاتف المقفل</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>رسائل الزبائن والحجوزات والرموز تظهر على شاشة القفل. أي شخص يمسك الهاتف (الشرطة، أو شريك، أو زبون) يمكنه قراءتها بدون رقم التعريف الشخصي.</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>الرسائل على شاشة القفل: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>الرسائل التي ستقرؤها الشرطة أولاً: {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>ربما تمت قراءة الرسائل والصور وجهات الاتصال وسجل التطبيقات أو نسخها، حتى لو أُعيد الهاتف.</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>‏Messenger: استخدم الرسائل المؤقتة</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>تطبيقات المراسلة: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>الطراز</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>أكثر من هاتف واحد موصول ({serials}). افصل الهواتف الأخرى، أو اختر هاتفًا واحدًا.</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>هاتف Motorola One Vision بنظام Android 10: قفل بكلمة مرور، والنسخ الاحتياطي متوقف، والمزامنة التلقائية متوقفة، وتطبيق مواعدة قديم، وVPN ولوحة مفاتيح مثبّتان من ملف.</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>غير مشفّر</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>أبدًا</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>لا تضع أبدًا علامة على "عدم العرض مرة أخرى" عندما يطلب تطبيق تسجيل الشاشة</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>بعد ذلك، اتصل: أعطِ --connect مع العنوان الظاهر تحت «عنوان IP والمنفذ» في شاشة «تصحيح الأخطاء اللاسلكي» على الهاتف (أو شغِّل 'adb connect HOST:PORT')، ثم استخدم --adb-server --serial HOST:PORT.</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>لا توجد VPN مضبوطة لتبقى مفعّلة</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>لا توجد خدمة «سهولة استخدام» تعمل في الخفاء</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>لا يوجد حساب ينسخ جهات الاتصال أو التقويم أو الصور أو الرسائل</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>لا يوجد حساب ينسخ بيانات من هذا الهاتف إلى الإنترنت.</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>لا توجد حسابات على هذا الهاتف</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>لا يوجد تطبيق يتصرف مثل تطبيق تجسس</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>لا يوجد تطبيق يمكنه رؤية شاشتك والتحكم فيها</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>لا يوجد على هذا الهاتف أي تطبيق من قائمة hardener لتطبيقات الصور السحابية والملفات والنسخ الاحتياطي للمحادثات.</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>لا يوجد تطبيق لديه صلاحيات مشرف الجهاز</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>لا يوجد تطبيق مثبّت يدويًا يختبئ من قائمة التطبيقات.</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>لا يوجد تطبيق مثبّت من خارج المتجر مخفي من قائمة التطبيقات وهو يقرأ الشاشة أو الإشعارات أو يملك صلاحيات مشرف الجهاز.</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>لا يوجد على هذا الهاتف تطبيق يبدو أنه تطبيق ترجمة. لا يتم فحص سجل الترجمة في متصفح الويب.</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>لا يوجد تطبيق يتظاهر بأنه جزء من Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>لا يوجد تطبيق يقرأ إشعاراتك</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>لا يوجد تطبيق ثبّتّه يمكنه الظهور فوق التطبيقات الأخرى</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>لا يوجد تطبيق ثبّتّه يمكنه الوصول إلى البيانات الخاصة</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>لا يوجد تطبيق ثبّتّه يمكنه رؤية التطبيقات التي تستخدمها</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>لا يوجد تطبيق ثبّتّه مسموح له بتسجيل شاشتك دون أن يسأل</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>لم تتم إضافة أي شهادة إلى الهاتف</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>لم يتم العثور على تطبيق للصور السحابية أو للنسخ الاحتياطي</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>لا يوجد كمبيوتر يمكنه الوصول إلى الهاتف لتصحيح الأخطاء عبر Wi-Fi.</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>لا يبقى أي كمبيوتر موثوقًا لتصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>لا يوجد تطبيق مواعدة يعرف مكانك بالضبط</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>لم يتم ضبط متصفح تلقائي</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>لا يوجد فتح قفل بالوجه؛ تعذّرت قراءة فتح القفل بالبصمة</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>لا يوجد فتح قفل بالبصمة أو بالوجه</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>لا يوجد فتح قفل بالبصمة؛ تعذّرت قراءة فتح القفل بالوجه</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>لم يتم العثور على تطبيقات تجسس معروفة</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>لا يوجد تطبيق مراسلة يعرفه hardener مثبّتًا</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>لا توجد إشعارات على شاشة القفل</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>لا يُسمح لأي كمبيوتر آخر. هذا الكمبيوتر يبقى مسموحًا له بعد الزيارة ما لم تُلغِ تفويضه: افعل ذلك عندما ينتهي hardener.</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>لم يتم العثور على هاتف. وصِّل الهاتف بكابل USB ينقل البيانات، وافتح قفله، وتأكد من أن تصحيح أخطاء USB مفعّل.</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>لم يتم العثور عبر USB على هاتف فيه تصحيح أخطاء USB مفعّل.</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>لا يوجد خادم وكيل، ولا VPN من خارج المتجر</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>لا يوجد تطبيق أمان متوقف</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>لا يوجد تطبيق تواصل اجتماعي أو مواعدة يمكنه قراءة جهات اتصالك</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>لم يفحص أي متجر هذا التطبيق. غالبًا ما يضع شخص أمسك الهاتف تطبيقات التجسس عليه بهذه الطريقة. إذا لم تثبّته بنفسك، فلا تُزِله الآن: احتفظ بسجل واطلب المساعدة أولاً.</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>لم يتم العثور على تطبيق للترجمة</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>لا يوجد مكان أو جهاز موثوق قيد الاستخدام حاليًا. إذا لم تُعِدّ واحدًا عن قصد أبدًا، فأوقِف Smart Lock حتى لا يبدأ لاحقًا.</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>لم يتم الإصلاح</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>غير مؤكد</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>تُرك دون تنفيذ: %n تغيير يخص تطبيق تجسس. تغييره قد ينبّه الشخص الذي ثبّته: اطّلع على خطة السلامة أولاً. (لا يشملها إلا الخيار --touch-spying-apps.)</numerusform>
    <numerusform>تُرك دون تنفيذ: تغيير واحد (%n) يخص تطبيق تجسس. تغييره قد ينبّه الشخص الذي ثبّته: اطّلع على خطة السلامة أولاً. (لا يشملها إلا الخيار --touch-spying-apps.)</numerusform>
    <numerusform>تُرك دون تنفيذ: تغييران (%n) يخصان تطبيق تجسس. تغييره قد ينبّه الشخص الذي ثبّته: اطّلع على خطة السلامة أولاً. (لا يشملها إلا الخيار --touch-spying-apps.)</numerusform>
    <numerusform>تُرك دون تنفيذ: %n تغييرات تخص تطبيق تجسس. تغييره قد ينبّه الشخص الذي ثبّته: اطّلع على خطة السلامة أولاً. (لا يشملها إلا الخيار --touch-spying-apps.)</numerusform>
    <numerusform>تُرك دون تنفيذ: %n تغييرًا تخص تطبيق تجسس. تغييره قد ينبّه الشخص الذي ثبّته: اطّلع على خطة السلامة أولاً. (لا يشملها إلا الخيار --touch-spying-apps.)</numerusform>
    <numerusform>تُرك دون تنفيذ: %n تغيير تخص تطبيق تجسس. تغييره قد ينبّه الشخص الذي ثبّته: اطّلع على خطة السلامة أولاً. (لا يشملها إلا الخيار --touch-spying-apps.)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>ملاحظة: توقفت عملية تغيير سابقة على هذا الهاتف قبل اكتمالها. تغييراتها مسجّلة على الهاتف:
      شغِّل 'hardener undo' برمز التراجع نفسه للتراجع عنها، أو نفِّذ التغييرات مرة أخرى لإكمالها.</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>ملاحظة: هناك خادم adb يعمل (المنفذ {port}، العملية {pid})؛ وقد يكون ممسكًا بالهاتف. استخدمه عبر 'hardener devices --adb-server' و--adb-server، وإلا فسيسألك hardener قبل إيقافه.</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>ملاحظة: {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>لا شيء يستجيب على {address}. تأكد من أن الهاتف وهذا الكمبيوتر على شبكة Wi-Fi نفسها، وأن «تصحيح الأخطاء اللاسلكي» مفعّل في «خيارات المطوّرين» على الهاتف، وأن العنوان والمنفذ هما ما يعرضه الهاتف الآن (المنفذ يتغير في كل مرة).</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>لم يتم العثور على شيء</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>لم يتم العثور على شيء فيما أمكن التحقق منه.</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>لا يتم نسخ أي شيء إلى حساب إلا إذا اخترت المزامنة.</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>لا شيء لتنفيذه: الهاتف يطابق هذا الملف الشخصي أصلاً.</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>لا شيء لتغييره.</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>لم يتغير شيء على هذا الهاتف.</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>لم يتم تغيير أي شيء، لذلك لا يُحتفظ بأي سجل تراجع على الهاتف (لا حاجة إلى الرمز).</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>لم يتغير شيء، لذلك لا يوجد ما يمكن التراجع عنه.</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>لم يتم تغيير أي شيء.</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>الوصول إلى الإشعارات: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>الإشعارات على شاشة القفل</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>تظهر الإشعارات على شاشة القفل، ولكن ليس محتواها</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>الآن: {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>متوقف</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>هاتف Motorola Moto G6 قديم بنظام Android 9: بدون قفل الشاشة، وغير مشفّر، وتصحيح أخطاء USB مفعّل، وPlay Protect متوقف، وتطبيق تجسس مثبّت من ملف لديه إذن «سهولة الاستخدام» والوصول إلى الإشعارات وصلاحيات مشرف الجهاز.</translation>
  </message>
  <message>
   <source>On</source>
   <translation>مفعّل</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>في Android 11 وأحدث، يظهر «إلغاء التأمين» في قائمة زر التشغيل بعد ضبط رقم التعريف الشخصي أو كلمة المرور أو النقش.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>في Android 11 وأحدث، يظهر «إلغاء التأمين» في قائمة زر التشغيل عند ضبط قفل الشاشة. في هذا الهاتف زر التبديل القديم متوقف، وبعض الهواتف لا تزال تتبعه. تحقق من قائمة زر التشغيل.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>في Android 11 وأحدث، يظهر «إلغاء التأمين» في قائمة زر التشغيل كلما تم ضبط قفل الشاشة، كما هو الحال هنا. اضغط مع الاستمرار على زر التشغيل وانقر على «إلغاء التأمين» عندما يكون الهاتف معرّضًا للأخذ.</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>على أي هاتف أو كمبيوتر، افتح myactivity.google.com، وسجّل الدخول، واحذف نشاط «ترجمة Google». مسح بيانات التطبيق لا يُزيل هذه النسخة.</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>على أي هاتف أو كمبيوتر، سجّل الدخول إلى الحساب الذي يستخدمه تطبيق الترجمة واحذف الترجمات المحفوظة والنشاط (لحساب Google: myactivity.google.com). مسح بيانات التطبيق لا يُزيل هذه النسخة.</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>على الهاتف، افتح «الإعدادات»، ثم «خيارات المطوّرين»، وانقر على "إلغاء عمليات تفويض تصحيح أخطاء USB". ثم أوقِف «خيارات المطوّرين» من أعلى تلك الشاشة. (إذا لم تجد «خيارات المطوّرين»، فهي متوقفة أصلاً.)</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>حساب واحد للجانبين يربط بين عملك وحياتك الخاصة.</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>رقم واحد على هذا الهاتف</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>هاتف واحد يحمل الحياتين يكشف الاثنتين عندما يُؤخذ.</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>ملف شخصي واحد على هذا الهاتف</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>متاجر التطبيقات وحدها يمكنها تثبيت التطبيقات</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>هذا الكمبيوتر وحده موثوق لتصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>افتح «صور Google»، وانقر على صورة ملفك الشخصي، ثم «إعدادات الصور»، ثم «الاحتفاظ بنسخة احتياطية». إذا كان النسخ الاحتياطي مفعّلاً، فكل صورة وفيديو يذهب إلى حسابك على Google. أوقِفه إذا لم يكن ذلك الحساب آمنًا.</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>افتح «الإعدادات»، ثم «سهولة الاستخدام». ابحث عن التطبيق (قد يكون تحت "التطبيقات المثبّتة" أو "التطبيقات التي تم تنزيلها") وأوقِفه.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>افتح «الإعدادات»، ثم «الحسابات» (أو «كلمات المرور والحسابات»). أزِل أي حساب لا تعرفه. غيّر كلمة مرور أي حساب قد يعرفها شخص آخر.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>افتح «الإعدادات»، ثم «الحسابات والنسخ الاحتياطي»، ثم Samsung Cloud. اطّلع على ما يتم نسخه احتياطيًا ومزامنته: الرسائل، وسجل المكالمات، والصور. أوقِف ما يجب أن يبقى على الهاتف فقط.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>افتح «الإعدادات»، ثم «الحسابات»، ثم كل حساب، ثم «مزامنة الحساب». أوقِف «جهات الاتصال» و«الرسائل» و«الصور» حيث لا تحتاج إليها.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>افتح «الإعدادات»، ثم «الحسابات»، ثم هذا الحساب، ثم «مزامنة الحساب». أوقِف ما يجب أن يبقى على الهاتف فقط، مثل جهات الاتصال والرسائل.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>افتح «الإعدادات»، ثم «الحسابات». أزِل الحسابات الخاصة من هاتف العمل، وحسابات العمل من الهاتف الخاص.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>افتح «الإعدادات»، ثم «الحسابات». أزِل حسابات العمل التي لن تحتاج إليها أثناء السفر؛ وسجّل الدخول مرة أخرى عند وصولك. تأكد أولاً من أنك تعرف كل كلمة مرور.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>افتح «الإعدادات»، ثم «الحسابات». أوقِف "مزامنة البيانات تلقائيًا" (قد تكون في القائمة في الأعلى). لا يزال بإمكانك المزامنة يدويًا متى اخترت.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات»، وانظر إلى هذا التطبيق. إذا لم تثبّته أنت، فاحتفظ بسجل واطلب المساعدة قبل أن تُزيله.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات»، واعرض تطبيقات النظام، وافتح التطبيق وانقر على «تفعيل». إذا لم تكن أنت من أوقفه، فربما أوقفه شخص آخر: احتفظ بسجل أولاً.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات»، ثم «التطبيقات التلقائية». تأكد من أن تطبيق الرسائل القصيرة وتطبيق الهاتف من اختيارك.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات»، ثم «إذن الوصول الخاص للتطبيقات»، ثم «الظهور فوق التطبيقات الأخرى». أوقِفه للتطبيقات التي لا تحتاج إليه.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات»، ثم «إذن الوصول الخاص للتطبيقات»، ثم «تثبيت تطبيقات غير معروفة». أوقِفه لهذا التطبيق.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات»، ثم «إذن الوصول الخاص للتطبيقات»، ثم «الوصول إلى بيانات الاستخدام». أوقِفه للتطبيقات التي لا تحتاج إليه.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات»، ثم التطبيق، ثم «الأذونات»، ثم «الموقع الجغرافي». أوقِف "استخدام الموقع الدقيق"، واختر "السماح فقط أثناء استخدام التطبيق".</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات»، ثم هذا التطبيق، ثم «الأذونات»، ثم «جهات الاتصال». اختر "عدم السماح". في إعدادات التطبيق نفسه، أوقِف أيضًا رفع جهات الاتصال أو مزامنتها، واحذف جهات الاتصال التي رفعها من قبل.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات»، ثم هذا التطبيق، ثم «الأذونات». اختر "عدم السماح" لما لا يحتاج إليه. سيطلب التطبيق مرة أخرى إذا كان يحتاج إلى شيء فعلاً.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>افتح «الإعدادات»، ثم «التطبيقات». لكل تطبيق لا تعرفه، اسأل من ثبّته. لا تُزِله إلا بعد وضع خطة للسلامة إذا كان قد يتجسس.</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>افتح «الإعدادات»، ثم «خيارات المطوّرين»، وأوقِف "إيقاف مهلة تفويض adb".</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>افتح «الإعدادات»، ثم «الشاشة»، ثم «مهلة غلق الشاشة». اختر 30 ثانية.</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>افتح «الإعدادات»، ثم «Google» (أو «الحسابات والنسخ الاحتياطي»)، ثم «النسخ الاحتياطي». اطّلع على ما يحفظه. أوقِف النسخ الاحتياطي إذا لم يكن الحساب آمنًا، واحذف النسخ الاحتياطية القديمة هناك.</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>افتح «الإعدادات»، ثم «Google»، ثم «جميع الخدمات»، ثم «الحماية من السرقة». فعّل «التحقّق من الهوية» و«قفل رصد السرقة» و«قفل الجهاز بلا اتصال». عندها، خارج الأماكن الموثوقة، يحتاج تغيير رقم التعريف الشخصي أو إيقاف الحماية إلى بصمتك أو وجهك، وليس إلى رقم التعريف الشخصي فقط.</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>افتح «الإعدادات»، ثم «الموقع الجغرافي»، ثم «خدمات الموقع الجغرافي» (أو «تحسين الدقة»). أوقِف «البحث عن شبكات Wi-Fi» و«البحث عن أجهزة Bluetooth».</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>افتح «الإعدادات»، ثم «الشبكة» (أو «الاتصالات»، ثم «المزيد من إعدادات الاتصال»)، ثم «نظام أسماء النطاقات الخاص» (Private DNS). اختر «تلقائي»، أو مزوّدًا تثق به.</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>افتح «الإعدادات»، ثم «الشبكة»، ثم «Wi-Fi»، وانقر على الشبكة، ثم «تعديل» أو «خيارات متقدمة»، واضبط «الخادم الوكيل» على «بدون». إذا لم تضبطه أنت، فاحتفظ بسجل أولاً.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>افتح «الإعدادات»، ثم «الإشعارات» (أو «شاشة القفل»)، ثم «الإشعارات على شاشة القفل». اختر "عدم عرض أي إشعارات"، أو على الأقل "إخفاء المحتوى الحساس".</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>افتح «الإعدادات»، ثم «الإشعارات»، ثم «الوصول إلى الإشعارات» (في بعض الهواتف: «التطبيقات»، ثم «إذن الوصول الخاص للتطبيقات»). أوقِفه لهذا التطبيق.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان» (أو «المقاييس الحيوية»)، ثم «بصمة الإصبع» و«التعرّف على الوجه». احذفهما قبل وقت خطِر، أو كن مستعدًا لاستخدام «إلغاء التأمين».</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان» (أو «المقاييس الحيوية»). احذف بصمات الأصابع والوجه قبل أن تسافر؛ وأضِفها مرة أخرى عندما تكون في أمان.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان» (أو «شاشة القفل»)، ثم «قفل الشاشة». اختر «رقم التعريف الشخصي» واستخدم 6 أرقام على الأقل ليست تاريخ ميلاد. النقش سهل المشاهدة والتخمين.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان» (أو «شاشة القفل»)، ثم «قفل الشاشة». اختر «رقم التعريف الشخصي» من 6 أرقام أو أكثر، أو «كلمة المرور». لا تستخدم تاريخ ميلاد أو رقمًا يعرفه الآخرون.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان» (أو «شاشة القفل»)، ثم Smart Lock أو Extend Unlock. أدخِل رقم التعريف الشخصي. أزِل الأماكن الموثوقة والأجهزة الموثوقة، وأوقِف «رصد الجهاز على الجسم».</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان» (أو «شاشة القفل»)، ثم رمز الترس بجانب «قفل الشاشة»، ثم "القفل بعد انتهاء مهلة غلق الشاشة". اختر «فورًا» أو 5 ثوانٍ.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان» (أو «الأمان والخصوصية»)، ثم «المزيد من إعدادات الأمان» أو «التشفير وبيانات الاعتماد»، ثم «بيانات الاعتماد الموثوقة»، وعلامة التبويب «المستخدم». إذا كانت هناك شهادة لم تضفها أنت، فاحتفظ بسجل واطلب المساعدة قبل أن تُزيلها.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان والخصوصية»، ثم «الحماية المتقدّمة». تحظر التطبيقات من خارج Play Store، وشبكات 2G القديمة، واتصالات USB الجديدة أثناء قفل الهاتف. قد تتوقف التطبيقات التي ثبّتّها من ملفات عن التحديث: قرّر مع شخص يعرف الهاتف.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>افتح «الإعدادات»، ثم «الأمان والخصوصية»، ثم «المساحة الخاصة»، ثم "قفل المساحة الخاصة تلقائيًا"، واختر "في كل مرة يتم فيها قفل الجهاز".</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان»، ثم «تطبيقات مشرف الجهاز» (في بعض الهواتف: «إعدادات الأمان الأخرى»). أوقِف التطبيقات التي لا تعرفها. إذا لم تستطع، فاطلب المساعدة.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان»، ثم «تطبيقات مشرف الجهاز». أوقِف أي تطبيق لا تعرفه.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>افتح «الإعدادات»، ثم «الأمان»، ثم Smart Lock (أو Extend Unlock). أزِل الأماكن والأجهزة الموثوقة و«رصد الجهاز على الجسم».</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>افتح «الإعدادات»، ثم «النظام» (أو «تحديث البرامج»)، ثم «تحديث الأمان»، وثبّت ما يُعرض. إذا لم يصل شيء لمدة سنة، فالهاتف لم يعد يتلقى تحديثات: فكّر في هاتف أحدث للعمل.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>افتح «الإعدادات»، ثم «النظام»، ثم «خيارات المطوّرين». أوقِف «البقاء في الوضع النشط».</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>افتح «الإعدادات»، ثم «النظام»، ثم «اللغات والإدخال»، ثم «لوحة المفاتيح على الشاشة». أبقِ فقط لوحات المفاتيح التي اخترتها.</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>افتح «الإعدادات»، ثم «حساب Xiaomi» (أو «حساب Mi»)، ثم Xiaomi Cloud. اطّلع على ما تتم مزامنته: الرسائل، والمعرض، وجهات الاتصال، وسجل المكالمات. أوقِف ما يجب أن يبقى على الهاتف فقط.</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>افتح WhatsApp، ثم «الإعدادات»، ثم «الدردشات»، ثم «النسخ الاحتياطي للدردشات». إذا لم يكن "النسخ الاحتياطي إلى Google Drive" مضبوطًا على "أبدًا"، فمحادثاتك تُنسخ إلى هناك. اختر «أبدًا» إذا لم يكن ذلك الحساب آمنًا، واحذف النسخة الاحتياطية القديمة في Google Drive.</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>افتح myactivity.google.com في متصفح (أو تطبيق Google، ثم صورة ملفك الشخصي، ثم «نشاطي»). اختر «ترجمة Google» واحذفه كله. تحت "النشاط على الويب وفي التطبيقات" يمكنك إيقاف الحفظ، أو ضبط الحذف التلقائي على 3 أشهر.</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>افتح Play Store، وانقر على صورة ملفك الشخصي، ثم Play Protect، ثم رمز الإعدادات. فعّل "فحص التطبيقات باستخدام Play Protect".</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>افتح التطبيق وابحث في إعداداته عن «النسخ الاحتياطي» أو «المزامنة» أو «رفع صور الكاميرا». أوقِفه إذا لم يكن الحساب آمنًا.</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>افتح التطبيق. ابحث عن «السجل» (غالبًا في القائمة أو تحت صورة ملفك الشخصي) واحذفه كله. في إعدادات التطبيق، أوقِف حفظ السجل إن أمكن. أزِل أيضًا العبارات المحفوظة أو المميّزة بنجمة.</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>افتح إعدادات الكاميرا وأوقِف "حفظ الموقع" (أو علامات الموقع). أو افتح «الإعدادات»، ثم «التطبيقات»، ثم «الكاميرا»، ثم «الأذونات»، ثم «الموقع الجغرافي»: "عدم السماح".</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>افتح تطبيق الترجمة، وانتقل إلى «السجل» (أو رمز الساعة)، واحذفه. أوقِف "حفظ السجل" إذا كان التطبيق يتيح ذلك.</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>يمكن لأجهزة كمبيوتر أخرى استخدام تصحيح أخطاء USB على هذا الهاتف</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>رقم التعريف الشخصي (PIN)</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>رقم التعريف الشخصي أو كلمة المرور</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>تم الإقران، باستخدام adb من Google ({adb}، الإصدار {version}): {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>يحتاج الإقران برمز إلى برنامج "adb" من Google (Android SDK Platform-Tools)، ولم يجده hardener على هذا الكمبيوتر. ثبّت Platform-Tools من موقع Google لمطوّري Android، ثم حاول مرة أخرى. أو وصِّل الهاتف بكابل USB بدلاً من ذلك.</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>أذونات {app}: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>يُقفل الهاتف بعد انطفاء الشاشة</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>رقم الهاتف</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>فحص أمان الهاتف</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>الهاتف:</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>الهواتف التي وثقت بهذا الكمبيوتر ستسأل مرة أخرى "هل تريد السماح بتصحيح أخطاء USB؟".</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>يمكن طلب الصور وجهات الاتصال الموجودة في السحابة بدون الهاتف.</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>هاتف Pixel 6a بنظام Android 13 مع تطبيق تجسس أُعيدت تسميته ليبدو كتحديث للنظام: شهادة التوقيع وحدها تكشفه.</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>يفحص Play Protect التطبيقات</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>يفحص Play Protect التطبيقات بحثًا عن الضرر. من يضع تطبيقات التجسس على هاتف غالبًا ما يوقفه أولاً. إذا لم تكن أنت من أوقفه، فربما أوقفه شخص آخر.</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>لا يفحص Play Protect التطبيقات</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>تم إيقاف Play Protect</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>تم تفعيل Play Protect</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>يحذّر Play Protect من تطبيقات التجسس المعروفة.</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>يأتي Play Protect، الذي يفحص التطبيقات بحثًا عن الضرر، مع Google Play. بدونه، ثبّت التطبيقات فقط من متجر تثق به، وفقط التطبيقات التي تعرفها.</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>‏Play Protect: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>يمكن للشرطة التي تمسك الهاتف قراءة رسائل الزبائن التي تظهر على شاشته.</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>تقرأ الشرطة الرسائل أولاً؛ والرسائل التي تختفي من تلقاء نفسها لا تكون موجودة لتُقرأ.</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>تقرأ الشرطة سجل الترجمة لإثبات ما يعمله الناس.</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>الشرطة التي تأخذ هاتفًا تقرأ الرسائل أولاً. الرسائل التي تختفي من تلقاء نفسها لا تكون موجودة لتُقرأ. لكل تطبيق زر تبديل خاص به: الخطوات تقول أين.</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>هاتف التدريب '{name}' ينتظر الاتصال على {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>هاتف للتدريب (محاكاة، ليس هاتفًا حقيقيًا)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>تدرّب على «إلغاء التأمين»</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>اضغط مع الاستمرار على زر التشغيل (في بعض الهواتف: زر التشغيل ورفع الصوت معًا)، ثم انقر على «إلغاء التأمين». الآن لا يفتح الهاتف إلا رقم التعريف الشخصي أو كلمة المرور: لا بصمة، ولا وجه، ولا Smart Lock، ولا رسائل على شاشة القفل. أو أغلِق الهاتف.</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>نظام أسماء النطاقات الخاص (Private DNS)</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>نظام أسماء النطاقات الخاص تلقائي</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>نظام أسماء النطاقات الخاص متوقف</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>نظام أسماء النطاقات الخاص يستخدم مزوّدًا اخترته</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>نظام أسماء النطاقات الخاص: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>«المساحة الخاصة» تُقفل</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>الملف الشخصي: {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>الملفات الشخصية على الهاتف: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>الخادم الوكيل وVPN: تعذّرت قراءتهما</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>اسحب من أعلى الشاشة إلى الأسفل وانقر على «الموقع الجغرافي» لإيقافه، أو افتح «الإعدادات»، ثم «الموقع الجغرافي». شغّله مرة أخرى فقط عندما تحتاج إلى خريطة أو إلى سيارة أجرة.</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>اقرأ كل نتيجة مع الشخص. ابدأ بالأخطر في الأعلى.</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>اقرأوا النتائج معًا</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>اقرأ ما وجده هذا الفحص قبل تغيير أي شيء. تحدّث مع منظمة للعاملين في مجال الجنس أو خدمة دعم تثق بها، وضعوا خطة للسلامة معًا.</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>سجّل في تطبيقات المواعدة والإعلانات برقم عمل فقط، وليس برقمك الخاص. بطاقة SIM ثانية، أو هاتف ثانٍ، أو رقم من تطبيق للاتصال، كلها تفي بالغرض.</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>الاعتماد على تطبيقات الترجمة</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>أزِل فتح القفل بالبصمة والوجه خلال الرحلة</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>أزِل الخادم الوكيل</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>تمت إزالة مفتاح هذا الكمبيوتر من سلسلة المفاتيح. الهواتف التي كانت تثق به ستسأل "هل تريد السماح بتصحيح أخطاء USB؟" مرة أخرى.</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>تمت الإزالة: {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>إزالة تطبيق تجسس قد تنبّه الشخص الذي ثبّته. تحدّث أولاً مع شخص تثق به أو مع خدمة دعم. دوّن ما وجدته قبل تغيير أي شيء.</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>إزالة تطبيق تجسس أو تغيير الإعدادات قد ينبّه الشخص الذي يراقب، ويجعل الأمور أخطر.</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>إزالة هذا التطبيق قد تنبّه الشخص الذي وضعه، وقد يجعله ذلك خطيرًا. تحدّث أولاً مع شخص تثق به أو مع خدمة دعم. خطّط للمكان الذي ستكون فيه في أمان ولمن يمكنه المساعدة.</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>استبدِل بطاقة SIM</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>تمت كتابة التقرير في {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>تمت استعادة {restored} من {total}.</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>ألغِ عمليات تفويض تصحيح أخطاء USB في النهاية</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>خدمات «سهولة الاستخدام» التي تعمل: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>بطاقات SIM: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>هاتف Samsung Galaxy A51 بنظام Android 11: قفل بالنقش مع Smart Lock، ومعاينات الرسائل على شاشة القفل، واستخدام يومي لـ«ترجمة Google»، وجهات اتصال تتم مزامنتها مع Google وSamsung، وتطبيقات مواعدة وتواصل اجتماعي تقرأ جهات الاتصال.</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>احفظ تقرير هذه الزيارة على كمبيوتر أو مع شخص تثق به، وليس على هذا الهاتف. دوّن التاريخ وأسماء التطبيقات التي تم العثور عليها.</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>تم رفض فحص التطبيقات بحثًا عن الضرر على هذا الهاتف. إذا لم تكن أنت من رفضه، فربما رفضه شخص آخر. فعّل الفحص.</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>البحث يُخبر التطبيقات بمكانك، حتى مع إيقاف Wi-Fi وBluetooth.</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>قفل الشاشة وإعدادات الهاتف</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>قفل الشاشة:</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>قفل الشاشة: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>قفل الشاشة: {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>تسجيل الشاشة: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>تبقى الشاشة مضاءة أثناء الشحن</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>مهلة غلق الشاشة: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>تنطفئ الشاشة بعد</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>تطبيقات الأمان: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>تحديث الأمان:</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>تحديثات الأمان حديثة</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>تحديثات الأمان: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>الرقم التسلسلي</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>الرقم التسلسلي:</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>اضبط رقم تعريف شخصي (PIN) من 6 أرقام أو أكثر</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>اضبط قفل شاشة قويًا</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>أظهِر زر «إلغاء التأمين» في قائمة زر التشغيل</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>ظاهر</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>سجّل الخروج من كل مكان</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>سجّل الخروج من حسابات العمل خلال الرحلة</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>‏Signal: اجعل الرسائل تختفي</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>تم التخطي</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>يمكن لـ Smart Lock إبقاء الهاتف مفتوح القفل</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>تم إيقاف Smart Lock</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>تم تفعيل Smart Lock، لكنه لا يُبقي الهاتف مفتوح القفل الآن</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>يُبقي Smart Lock الهاتف مفتوحًا في الأماكن "الموثوقة"، أو بالقرب من الأجهزة "الموثوقة"، أو أثناء حملك له. وهذا بالضبط الوقت الذي يمكن أن يُؤخذ منك فيه مفتوحًا.</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>يُبقي Smart Lock الهاتف مفتوحًا في المنزل أو بالقرب من ساعتك: بالضبط عندما يمكن أن يُؤخذ.</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>‏Smart Lock: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>تطبيقات التواصل الاجتماعي وجهات اتصالك: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>بعض التغييرات لا يمكن التراجع عنها:</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>أضاف شخص ما شهادة إلى الهاتف</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>من يمسك الهاتف المقفل يمكنه أن يرى أي التطبيقات تلقت رسائل، لكن ليس الرسائل نفسها. لإخفائها تمامًا، أوقِف الإشعارات على شاشة القفل.</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>شيء ما على {address} استجاب، ثم توقف عن الاستجابة أو أغلق الاتصال. على الهاتف، تأكد من أن «تصحيح الأخطاء اللاسلكي» مفعّل وأن العنوان والمنفذ هما ما يعرضه الآن. إذا طلب الهاتف الإقران برمز، فلا يستطيع hardener فعل ذلك بنفسه: استخدم كابل USB، أو أقرِن الهاتف ببرنامج adb من Google واتصل عبره.</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>حدث خطأ ما.</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>غالبًا ما تُثبَّت تطبيقات التجسس يدويًا، من خارج متجر التطبيقات.</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>غالبًا ما تُثبَّت تطبيقات التجسس من خارج متجر التطبيقات.</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>تطبيقات التجسس: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>تطبيقات التجسس والملاحقة</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>البقاء نشطًا أثناء الشحن: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>لا يزال على الهاتف، ولم يُمحَ: {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>ما بقي للتنفيذ يدويًا</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>امنع التطبيقات من الظهور فوق التطبيقات الأخرى</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>امنع التطبيقات من تثبيت التطبيقات</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>امنع التطبيقات من تثبيت تطبيقات أخرى</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>امنع التطبيقات من قراءة إشعاراتك</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>امنع التطبيقات من تسجيل شاشتك دون أن تسأل</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>امنع تطبيقات التواصل الاجتماعي والمواعدة من قراءة جهات اتصالك</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>هل تريد إيقاف برنامج adb الآخر الآن؟</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>أوقِف بحث الهاتف عن شبكات Wi-Fi وأجهزة Bluetooth</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>تم الإيقاف.</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>الخلاصة: {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>أعِد تفعيل Play Protect</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>أوقِف الموقع الجغرافي عندما لا تحتاج إليه</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>أوقِف "البقاء في الوضع النشط"</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>أوقِف النسخ الاحتياطي في Android إلى السحابة</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>أوقِف Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>أوقِف البحث عن شبكات Wi-Fi وأجهزة Bluetooth</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>أوقِف إذن «سهولة الاستخدام» الذي لا تستخدمه</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>أوقِف «سهولة الاستخدام» للتطبيقات التي لا تعرفها</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>أوقِف المزامنة التلقائية</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>أوقِف «خيارات المطوّرين» عندما تنتهي</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>أوقِف الوصول إلى الإشعارات للتطبيقات التي لا تعرفها</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>أوقِف الموقع الدقيق لتطبيقات المواعدة</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>فعّل «التحقّق من الهوية» والحماية من السرقة</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>فعّل نظام أسماء النطاقات الخاص</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>أغلِق الهاتف</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>أغلِق الهاتف قبل مراقبة الجوازات ولا تشغّله إلا بعدها. الهاتف الذي تم إغلاقه لا يُفتح إلا برقم التعريف الشخصي.</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>أغلِق الهاتف قبل الحدود</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>أغلِق الهاتف عندما يكون التفتيش محتملاً</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>اسحب إذن الوصول إلى جهات الاتصال</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>اسحب الأذونات التي لا يحتاج إليها التطبيق</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>اسحب الموقع الجغرافي من الكاميرا</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>اسحب الميكروفون وجهات الاتصال من تطبيقات الترجمة</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>اسحب الكاميرا والميكروفون من التطبيقات التي لا تحتاج إليهما</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>اسحب إذن الوصول إلى بيانات الاستخدام من التطبيقات</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>‏Telegram: استخدم الحذف التلقائي</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>أخبِر الأشخاص الذين تتواصل معهم</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>أخبِر مجموعاتك والمقربين منك، حتى يحموا أنفسهم. أزِل الرقم من محادثات المجموعات إن استطعت.</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>الرسائل النصية (SMS) لا تختفي من تلقاء نفسها أبدًا. قبل أي لحظة خطرة، احذف المحادثات مع الزبائن في تطبيق «الرسائل»، واطلب من الزبائن استخدام تطبيق مراسلة فيه رسائل مؤقتة.</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>الرسائل النصية: احذف ما لا تحتاج إليه</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>الرسائل النصية والمكالمات تذهب إلى تطبيقات هي جزء من الهاتف.</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>هذا مجلد؛ أعطِ اسم ملف ينتهي بـ .pdf أو .html: {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>برنامج "adb" على هذا الكمبيوتر (الإصدار {version}، {path}) لا يستطيع الإقران برمز: جاء الإقران مع الإصدار 30 من Platform-Tools من Google، في عام 2020. حزمة "adb" في Debian وUbuntu هي الإصدار 29 وليس فيها إقران. ثبّت Platform-Tools الحالية من Google، أو وصِّل الهاتف بكابل USB بدلاً من ذلك.</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>برنامج "adb" على هذا الكمبيوتر قديم جدًا أو لا يستجيب كما هو متوقع (إصدار الخادم {version}؛ يحتاج hardener إلى {needed} أو أحدث). ثبّت Android SDK Platform-Tools الحالية، ثم حاول مرة أخرى.</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>خادم برنامج "adb" لا يعمل على هذا الكمبيوتر (المنفذ {port}). شغّله بالأمر "adb start-server"، أو اتصل بدون خادم adb.</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>«المساحة الخاصة» تبقى مفتوحة بعد قفل الهاتف</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>تطبيقا الرسائل القصيرة والهاتف جاءا مع الهاتف</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>خادم adb (المنفذ {port}) ليس لديه أي هاتف.</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>خادم adb ليس لديه الهاتف "{serial}". الهواتف التي لديه: {serials}. تحقق من الاسم بالأمر "adb devices".</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>يقول خادم adb: {said} (الحالة: {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>الكاميرا والموقع الجغرافي: تعذّرت قراءتهما</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>يمكن للكاميرا استخدام موقعك، فتحمل كل صورة مكان التقاطها. إذا أُرسلت الصورة أو نُشرت، فقد تكشف أين تعيش أو تعمل.</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>لا تستطيع الكاميرا حفظ مكان التقاط الصور</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>الأوامر الخاصة بهذا الهاتف أطول من أن تمر عبر خادم adb ({size} بايت؛ وهو يمرّر {limit} على الأكثر). اتصل بالهاتف مباشرةً بدلاً من ذلك، بدون خادم adb.</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>انقطع الاتصال بالهاتف (هل تم سحب الكابل؟). وصّله مرة أخرى: لم يضِع شيء، ويمكن إكمال أي شيء لم يكتمل أو التراجع عنه.</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>المتصفح التلقائي هو {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>مجلد التقرير غير موجود: {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>تعذّر استخدام ملف المؤشرات {file}: {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>المفتاح الذي يحفظه hardener في سلسلة المفاتيح على هذا الكمبيوتر تالف، لذلك توقف hardener وتركه كما هو. للبدء من جديد بمفتاح جديد، شغّل الأمر "hardener forget-key"؛ عندها ستسأل الهواتف "هل تريد السماح بتصحيح أخطاء USB؟" مرة أخرى.</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>تمت إزالة المفتاح من سلسلة المفاتيح.</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>لوحة المفاتيح جاءت مع الهاتف</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>لوحة المفاتيح المستخدمة جزء من الهاتف.</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>سلسلة المفاتيح التي يحفظ فيها hardener مفتاحه مقفلة. افتح قفلها (على Linux: افتح "Passwords and Keys" وافتح قفل "Login"، أو سجّل الخروج ثم الدخول مرة أخرى)، ثم حاول مرة أخرى.</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>عمر آخر تحديث أمان: {months} شهر</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>سلسلة مفاتيح macOS التي يحفظ فيها hardener مفتاحه مقفلة. افتح تطبيق Keychain Access وافتح قفل سلسلة المفاتيح "login" (أو سجّل الخروج ثم الدخول مرة أخرى)، ثم حاول مرة أخرى.</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>الأكثر إلحاحًا أولاً. كل بند يقول ما يمكن لشخص يمسك هذا الهاتف أن يراه أو يفعله.</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>أسماء المواقع والتطبيقات التي تستخدمها تنتقل بدون تشفير، فتستطيع الشبكة التي أنت عليها قراءتها. يستطيع Android تشفيرها بنفسه.</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>ينسخ الهاتف نفسه احتياطيًا إلى السحابة</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>لم يقبل الهاتف الإقران. على الهاتف، انقر على "إقران الجهاز باستخدام رمز الإقران" مرة أخرى واكتب الرمز الجديد والعنوان مع منفذه (كلاهما يتغير في كل مرة)، بينما لا تزال تلك النافذة مفتوحة. يجب أن يكون الهاتف وهذا الكمبيوتر على شبكة Wi-Fi نفسها.</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>لم يسمح الهاتف لهذا الكمبيوتر. افصله ثم وصّله مرة أخرى، وافتح قفله، وانقر على "السماح" عندما يسأل.</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>لم يوقف الهاتف تصحيح أخطاء USB: {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>الهاتف لا يستجيب. افصله، ثم وصّله مرة أخرى، وافتح قفله. إذا لم يُفِد ذلك، فأعِد تشغيل الهاتف.</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>لا ينسخ الهاتف بيانات تطبيقاته إلى حساب.</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>لا يوجد قفل في الهاتف لينتظره</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>لم يسمح الهاتف لهذا الكمبيوتر بعد. افتح قفل الهاتف وانقر على "السماح" في رسالة "هل تريد السماح بتصحيح أخطاء USB؟".</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>لا يحتفظ الهاتف بإذن أي كمبيوتر لتصحيح أخطاء USB، بما في ذلك هذا الكمبيوتر.</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>يستمر الهاتف في البحث عن شبكات Wi-Fi وأجهزة Bluetooth</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>يُقفل الهاتف بعد انطفاء الشاشة بمدة {seconds} ثانية</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>رفض الهاتف هذا التغيير: الشركة المصنّعة تمنعه من الكمبيوتر. لا يزال من الممكن إجراؤه يدويًا في «الإعدادات» على الهاتف.</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>رفض الهاتف حفظ ملف. تأكد من أن فيه مساحة فارغة.</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>أبلغ الهاتف عن اسم لا يثق به hardener ({kind}). تم تخطيه.</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>يبقى الهاتف مفتوحًا بعد انطفاء الشاشة بمدة {minutes} دقيقة</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>يبقى الهاتف مفتوحًا بعد انطفاء الشاشة بمدة {seconds} ثانية</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>استغرق الهاتف وقتًا طويلاً جدًا للاستجابة. تحقق من الكابل ومن أن قفل الهاتف مفتوح.</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>يثق الهاتف بأجهزة كمبيوتر لتصحيح أخطاء USB (عددها: {count}) ولا يقول أيها، إن وُجد، هو هذا الكمبيوتر. ألغِ عمليات التفويض عندما ينتهي hardener.</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>لا يثق الهاتف إلا بالشهادات التي جاءت معه.</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>لا يمر اتصال الهاتف بالإنترنت عبر خادم وكيل أو تطبيق VPN مثبّت يدويًا.</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>مساحة تخزين الهاتف مشفّرة</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>مساحة تخزين الهاتف غير مشفّرة</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>الملف الشخصي {file} معطوب: القاعدة {rule}، الحقل {field}: {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>السجل المطلوب للتراجع عن التغييرات لم يعد موجودًا على الهاتف، لذلك لا يمكن إعادتها تلقائيًا. يمكنك إعادة كل إعداد يدويًا.</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>سجل ما تم تغييره محفوظ على الهاتف نفسه، وليس على الكمبيوتر.</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>يجب أن ينتهي اسم ملف التقرير بـ .pdf أو .html: {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>لم يتم حفظ التقرير على الهاتف: تم العثور على تطبيق تجسس عليه، أو لم يتمكن hardener من التحقق من ذلك. مثل هذا التطبيق قد يقرأ التقرير وينبّه من وضعه هناك.</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>سيتم حفظ التقرير في مجلد «التنزيلات» (Download) على الهاتف. أي شخص يفتش الهاتف يمكنه قراءته هناك. احذفه عندما لا تعود بحاجة إليه.</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>الأكثر أمانًا هو هاتف منفصل للعمل. إذا كنت تستخدم هاتفًا واحدًا، فاستخدم بطاقة SIM أو رقمًا منفصلاً للعمل، وWhatsApp Business أو تطبيق مراسلة ثانيًا للعمل فقط، ولا صور خاصة في تطبيقات العمل.</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>لا تبقى الشاشة مضاءة أثناء الشحن</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>قفل الشاشة نقش</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>قفل الشاشة مجرد تمرير</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>تبقى الشاشة مضاءة لمدة {minutes} دقيقة قبل أن تُقفل</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>تبقى الشاشة مضاءة لمدة {seconds} ثانية قبل أن تُقفل</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>تبقى الشاشة مضاءة أثناء الشحن</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>تنطفئ الشاشة بعد {seconds} ثانية</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>تطبيقات الأمان على هذا الهاتف مفعّلة.</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>أقوى إعدادات شاشة القفل، ومسح سجل الترجمة، وخطوات يجب اتخاذها قبل التفتيش.</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>تم محو سجل التراجع (وتم التحقق من ذلك): لم يبقَ على الهاتف شيء مما كتبه hardener.</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>تم محو سجل التراجع: لم يعد على الهاتف أي سجل الآن.</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>تعذّرت قراءة سجل التراجع على الهاتف، لذلك لا يستطيع التقرير أن يقول ما الذي تغيّر.</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>سجل التراجع على هذا الهاتف تالف، لذلك لن يُستخدم. يمكنك محوه والتحقق من إعدادات الهاتف يدويًا.</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>يبقى سجل التراجع على الهاتف، مقفلاً برمز التراجع الخاص به. من يفتش الهاتف يمكنه أن يرى أن هناك ملفًا، لكنه لا يستطيع قراءته بدون الرمز.</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>الملف الشخصي للعمل على هذا الهاتف تديره الجهة المسؤولة عنه، وغالبًا ما تكون صاحب العمل. يمكنها رؤية التطبيقات والبيانات في ذلك الملف. أبقِ أشياءك الخاصة خارجه.</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>لا يوجد Google Play على هذا الهاتف</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>لا يوجد هاتف تدريب اسمه "{name}". هواتف التدريب هي: {names}.</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>لا يوجد ملف شخصي اسمه "{name}". الملفات الشخصية هي: {names}.</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>لا يوجد قفل الشاشة</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>لا يوجد على هذا الهاتف ما يمكن التراجع عنه.</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>لم يكن هناك مفتاح في سلسلة المفاتيح.</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>لم يكن هناك مفتاح لإزالته.</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>لم تكن هناك تفضيلات محفوظة.</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>يتم نسخ هذه إلى خوادم الحساب. أي شخص يدخل إلى الحساب، أو الشركة عندما تطلب الشرطة، يمكنه قراءتها بدون هاتفك.</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>هذه تحتاج إليك، على الهاتف نفسه. كل واحدة تستغرق دقيقة أو دقيقتين.</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>فكّر في «الحماية المتقدّمة»</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>فكّر في فتح القفل بالبصمة والوجه</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>فكّر قبل محوه عن بُعد</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>إصدار Android هذا لا يقول أي متصفح هو التلقائي</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>إصدار Android هذا لا يقول نوع القفل. إذا كان نقشًا، فغيّره إلى رقم تعريف شخصي (PIN) من 6 أرقام أو أكثر، أو إلى كلمة مرور.</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>إصدار Android هذا لا يُظهر أجهزة الكمبيوتر التي يثق بها لتصحيح أخطاء USB. قد يكون مسموحًا لأجهزة أخرى أيضًا. ألغِها كلها عندما ينتهي hardener.</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>إصدار Android هذا ليس فيه «الحماية المتقدّمة»</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>إصدار Android هذا ليس فيه «التحقّق من الهوية»</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>إصدار Android هذا ليس فيه زر «إلغاء التأمين»</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>هاتف Xiaomi هذا يرفض التغييرات من الكمبيوتر حتى يتم تفعيل «تصحيح أخطاء USB (إعدادات الأمان)». افتح «الإعدادات»، ثم «خيارات المطوّرين»، وفعّله (قد يطلب منك الهاتف تسجيل الدخول إلى حساب Mi)، ثم اضغط «إعادة المحاولة».</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>يمكن لهذا التطبيق معرفة مكانك طوال الوقت، أو قراءة رسائلك النصية أو سجل مكالماتك. معظم التطبيقات لا تحتاج إلى ذلك. اسحب منه ما لا يحتاج إليه.</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>يمكن لهذا التطبيق وضع نوافذه فوق التطبيقات الأخرى. التطبيقات الضارة تستخدم هذا لعرض شاشات مزيفة تسرق رقم التعريف الشخصي أو كلمة المرور. فقاعات المحادثة وأزرار الترجمة تستخدمه أيضًا.</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>هذا التطبيق لم يأتِ من متجر تطبيقات، ويمكنه الوصول إلى أشيائك الخاصة. تطبيقات التجسس تعمل بهذه الطريقة. إذا كنت لا تعرف هذا التطبيق، فاحتفظ بسجل واطلب المساعدة قبل أن تُزيله.</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>لهذا التطبيق اسم لا تستخدمه إلا تطبيقات Android نفسه، لكنه لم يأتِ مع الهاتف. تطبيقات التجسس تختبئ وراء أسماء كهذه. لا تُزِله الآن: إذا كان يراقبك، فإزالته قد تنبّه الشخص الذي ثبّته. احتفظ بسجل وضع خطة للسلامة أولاً.</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>هذا التطبيق مصنوع لمراقبة هاتف، مثلاً بوصفه "رقابة أبوية". إذا لم تثبّته بنفسك، فقد يكون شخص ما يتابع ما تفعله. لا تُزِله الآن: احتفظ بسجل وضع خطة للسلامة أولاً.</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>هذا التطبيق موجود في قوائم عامة لتطبيقات التجسس: تطبيقات تختبئ في الهاتف وترسل الرسائل والموقع والصور والمكالمات إلى شخص آخر. لا تُزِله الآن: فذلك قد ينبّه الشخص الذي ثبّته. احتفظ بسجل وضع خطة للسلامة أولاً.</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>هذا التطبيق مضبوط كشبكة VPN يتم تشغيلها دائمًا، لذلك يمر عبره كل ما يرسله الهاتف. تم تثبيته من خارج متجر التطبيقات. إذا لم تختره أنت، فلا تُزِله الآن: إذا كان يراقبك، فإزالته قد تنبّه الشخص الذي ثبّته. احتفظ بسجل وضع خطة للسلامة أولاً.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>هذا التطبيق مضبوط كتطبيق تلقائي للرسائل النصية أو المكالمات، لذلك يستقبلها كلها، ورموز تسجيل الدخول أيضًا. لم يأتِ مع الهاتف. إذا اخترته أنت، فتأكد من أنك تثق بالجهة التي صنعته.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>هذا التطبيق مضبوط كتطبيق تلقائي للرسائل النصية أو المكالمات، لذلك يستقبلها كلها، ورموز تسجيل الدخول أيضًا. تم تثبيته من خارج متجر التطبيقات. لا تُزِله الآن: إذا كان يراقبك، فإزالته قد تنبّه الشخص الذي ثبّته. احتفظ بسجل وضع خطة للسلامة أولاً.</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>يمكن لهذا التطبيق تثبيت تطبيقات جديدة على الهاتف. هكذا تدخل تطبيقات التجسس غالبًا. ما لم تكن تستخدمه لتثبيت التطبيقات عن قصد، فاسحب منه هذا الإذن.</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>يمكن لهذا التطبيق تسجيل أو بث كل ما على شاشتك، بما في ذلك العروض والمحادثات، دون أن يسألك أولاً. تسجيلات العروض تُستخدم للابتزاز. اترك هذا فقط لتطبيق اخترته.</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>هذا التطبيق يحمي الهاتف، مثلاً بفحص التطبيقات بحثًا عن التجسس. وقد تم إيقافه. تطبيقات التجسس، أو الأشخاص الذين يثبّتونها، يفعلون هذا حتى لا يُكتشفوا.</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>هذا التطبيق يرى كل إشعار: معاينات الرسائل، والرموز، والحجوزات، ومن يتصل. تطبيقات التجسس تستخدم هذا. اتركه فقط للتطبيقات التي تحتاج إليها، مثل تطبيق الساعة الذكية.</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>هذا التطبيق يرفع قائمة جهات اتصالك إلى خوادمه، حيث يمكن للغرباء البحث عن الأسماء التي أعطاها الناس لرقم هاتف. أرقام زبائنك وزملائك، والأسماء التي حفظتهم بها، تخرج من الهاتف.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>هذا التطبيق لم يُثبَّت من متجر تطبيقات ولا يظهر في قائمة التطبيقات، لذلك من السهل ألا تلاحظه. هل تعرفه؟ تطبيقات التجسس غالبًا ما تختبئ هكذا. لا تُزِله الآن: إذا كان يراقبك، فإزالته قد تنبّه الشخص الذي ثبّته. احتفظ بسجل وضع خطة للسلامة أولاً.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>هذا التطبيق لم يُثبَّت من متجر تطبيقات، وليس له رمز في قائمة التطبيقات، ويمكنه فعل ما تفعله تطبيقات التجسس: {powers}. هذا هو النمط الذي يبحث عنه الخبراء. لا تُزِله الآن: إذا كان يراقبك، فإزالته قد تنبّه الشخص الذي ثبّته. احتفظ بسجل وضع خطة للسلامة أولاً.</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>هذا المتصفح يحتفظ بسجلك وبعمليات تسجيل الدخول، ويمكن لأي شخص يفتح الهاتف قراءتها. للعمل، المتصفح الخاص يحتفظ بأقل، أو استخدم علامات التبويب الخاصة وامسح السجل.</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>لا يمكن التراجع عن هذا.</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>هذا الكمبيوتر لا يسمح لـ hardener باستخدام منفذ USB. على Linux، ثبّت الحزمة "android-sdk-platform-tools-common" (تضيف قواعد USB)، ثم وصِّل الهاتف مرة أخرى.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>هذا الكمبيوتر ليس فيه مكان آمن لحفظ مفتاح hardener (أي "سلسلة مفاتيح"). على Linux، ثبّت GNOME Keyring أو KWallet وافتح قفله (مثلاً: sudo apt install gnome-keyring)، ثم حاول مرة أخرى. لا يحفظ hardener المفتاح أبدًا في ملف عادي.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>هذا الكمبيوتر ليس فيه مكان آمن لحفظ مفتاح hardener: يحفظه hardener في Windows Credential Manager، الذي لم يستجب. سجّل الدخول إلى Windows بحسابك الخاص (وليس بحساب ضيف)، ثم حاول مرة أخرى. لا يحفظ hardener المفتاح أبدًا في ملف عادي.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>هذا الكمبيوتر ليس فيه مكان آمن لحفظ مفتاح hardener: يحفظه hardener في macOS Keychain، الذي لم يستجب. افتح تطبيق Keychain Access، وتأكد من أن سلسلة المفاتيح "login" موجودة وقفلها مفتوح، ثم حاول مرة أخرى. لا يحفظ hardener المفتاح أبدًا في ملف عادي.</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>نسخة hardener هذه تنقصها الملفات الشخصية (الأوضاع التي يخطط لها التغييرات). ثبّت hardener مرة أخرى.</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>تعذّر تغيير هذا من الكمبيوتر.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>تطبيق المواعدة هذا لديه موقعك الدقيق. استخدمت الشرطة تطبيقات المواعدة للعثور على العاملين في مجال الجنس. الموقع التقريبي يكفي للقاء أشخاص قريبين.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>تطبيق المواعدة هذا لديه موقعك الدقيق. استخدمت الشرطة تطبيقات المواعدة للعثور على العاملين في مجال الجنس. إصدار Android هذا ليس فيه خيار الموقع التقريبي: اسمح بالموقع فقط أثناء استخدام التطبيق، أو لا تسمح به أبدًا.</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>هذا ملخص لفحص أمان هذا الهاتف: ما تم العثور عليه، وما تم تغييره، وما لا يزال بإمكانك فعله بنفسك، وما يجب فعله إذا أُخذ الهاتف يومًا ما.</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>هذا تطبيق عادي، لكن يمكن استخدامه أيضًا لملاحقة شخص: مثلاً تطبيق لتتبع الموقع، أو لتسجيل المكالمات، أو للتحكم عن بُعد. هل ثبّتّه أنت، ولماذا؟</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>تطبيق المراسلة هذا يستخدم جهات اتصالك ليُظهر من يستخدمه أيضًا، والأشخاص الذين لديهم رقمك يمكنهم أن يروا أنك تستخدمه. إذا كان ذلك قد يكشف أمرك، فاستخدمه برقم منفصل.</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>هذا الهاتف</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>يحمل هذا الهاتف أيضًا {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>يحمل هذا الهاتف رقمين</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>في هذا الهاتف بطاقة SIM واحدة مستخدمة وWhatsApp واحد. إذا كنت تعمل منه، فأبقِ رقمك الخاص على هاتف آخر.</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>هذا الهاتف يديره {app}</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>يحتفظ هذا الهاتف بسجل مقفل للتغييرات التي أُجريت في زيارة سابقة. برمز التراجع الخاص به، يسرد هذا التقرير تلك التغييرات.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>يحتفظ هذا الهاتف بسجل تراجع من زيارة سابقة. اكتب رمز التراجع الخاص به لاستخدامه، أو امحُ السجل (عندها تبقى التغييرات السابقة، ولا يعود من الممكن التراجع عنها).</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>هذا الملخص غير محفوظ على الكمبيوتر الذي أُنشئ عليه. إذا احتفظت بنسخة، فاحفظها في مكان آمن، أو احذفها عندما لا تعود بحاجة إليها.</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>رمز التراجع هذا لا يفتح السجل على هذا الهاتف. تحقق من الرمز وحاول مرة أخرى.</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>تُرك هذا كما كان، لأنه لم يتم اختياره.</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>لإعادة التغييرات، وصِّل الهاتف مرة أخرى بالبرنامج الذي استُخدم لهذا الفحص، على أي كمبيوتر، واختر «تراجع».</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>الأدوات التي تستخدمها الشرطة لفتح الهواتف تعمل أفضل على الهواتف التي تنقصها تحديثات الأمان. الهاتف القديم الذي لم يعد يتلقى تحديثات أسهل في الاختراق، حتى مع رقم تعريف شخصي جيد.</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>الأدوات التي تفتح الهواتف المصادَرة تعمل أفضل على الهواتف التي تنقصها التحديثات.</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>مترجم من الدليل الإنجليزي.</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>تطبيقات الترجمة تحتفظ بما كتبته أو قلته، وغالبًا محادثات مع الزبائن. استخدمت الشرطة هذا السجل لإثبات أن أشخاصًا يعملون في مجال الجنس. امسحه كثيرًا.</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>تطبيقات الترجمة: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>يُقرأ سجل الترجمة لإثبات العمل في مجال الجنس، ثم للترحيل.</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>الترجمات المحفوظة في حسابك: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>سجل المترجم</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>سافِر بالحسابات التي تحتاج إليها فقط</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>حاول مرة أخرى؛ إذا بقي، فقد يكون الهاتف يرفض حذفه (تحقق من مساحة التخزين فيه).</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>فعّل Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>فعّل الرسائل المؤقتة، واحذف المحادثات والصور التي لا تحتاج إليها.</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>أعِد تفعيل مهلة التفويض</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>أعِد تفعيل تطبيق الأمان</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>بطاقتا SIM، أو WhatsApp بجانب WhatsApp Business، غالبًا ما يعني العمل والحياة الخاصة على هاتف واحد. إذا أُخذ، تصبح الحياتان في اليد نفسها. الهاتف المنفصل للعمل هو الأكثر أمانًا.</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>تصحيح أخطاء USB وتصحيح الأخطاء اللاسلكي مفعّلان</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>تصحيح أخطاء USB و«خيارات المطوّرين» متوقفة</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>تصحيح أخطاء USB وأجهزة الكمبيوتر الموثوقة</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>تنتهي صلاحية عمليات تفويض تصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>انتهاء صلاحية تصحيح أخطاء USB: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>تصحيح أخطاء USB متوقف الآن. انتهى الاتصال، كما هو متوقع.</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>تصحيح أخطاء USB متوقف على هذا الهاتف، لذلك لا يستطيع hardener التواصل معه.</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>تصحيح أخطاء USB مفعّل</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>تُرك تصحيح أخطاء USB مفعّلاً، لكي تتمكن من المحاولة مرة أخرى.</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>تصحيح أخطاء USB: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>رمز التراجع (الذي ظهر عند إجراء التغييرات): </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>رمز التراجع عن هذه التغييرات: {code}   (اكتبه الآن، واحتفظ به بعيدًا عن الهاتف)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>رمز التراجع: {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>هل تريد التراجع عنها؟</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>افتح قفل الهاتف وانقر على "السماح" في رسالة "هل تريد السماح بتصحيح أخطاء USB؟"…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>حتى تُدخل رقم التعريف الشخصي في المرة القادمة، لا تستطيع البصمة والوجه وSmart Lock فتح الهاتف.</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>عاجل</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>الوصول إلى بيانات الاستخدام يُظهر للتطبيق كل تطبيق تفتحه، ولكم من الوقت. تطبيقات التجسس تستخدمه لتقديم تقارير عنك. قليل من التطبيقات يحتاج إليه.</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>الوصول إلى بيانات الاستخدام يُظهر التطبيقات التي تستخدمها، ومتى.</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>الوصول إلى بيانات الاستخدام: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>استخدم «إلغاء التأمين» عندما يكون الهاتف معرّضًا للأخذ</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>استخدم رقم تعريف شخصي (PIN)، وليس وجهك أو إصبعك</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>استخدم VPN مفعّلة دائمًا</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>استخدم هاتفًا لا يعرفه المراقِب لطلب المساعدة</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>استخدم رقمًا منفصلاً للعمل</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>استخدم هاتفًا أو بطاقة SIM منفصلة للعمل</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>استخدم قفل شاشة قويًا</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>المستخدمون/الملفات الشخصية:</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>الشبكة وVPN</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>‏VPN: تعذّرت قراءتها</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>‏Viber: اجعل الرسائل تختفي</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>تحذير: %n تغيير تمسّ تطبيق تجسس، كما اخترت (--touch-spying-apps).</numerusform>
    <numerusform>تحذير: تغيير واحد (%n) يمسّ تطبيق تجسس، كما اخترت (--touch-spying-apps).</numerusform>
    <numerusform>تحذير: تغييران (%n) يمسّان تطبيق تجسس، كما اخترت (--touch-spying-apps).</numerusform>
    <numerusform>تحذير: %n تغييرات تمسّ تطبيق تجسس، كما اخترت (--touch-spying-apps).</numerusform>
    <numerusform>تحذير: %n تغييرًا تمسّ تطبيق تجسس، كما اخترت (--touch-spying-apps).</numerusform>
    <numerusform>تحذير: %n تغيير تمسّ تطبيق تجسس، كما اخترت (--touch-spying-apps).</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>مراقَب أو مُبتَز من شريك أو زبون</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>لا توجد رسائل مؤقتة في WeChat. قبل أي لحظة خطرة، افتح «أنا»، ثم «الإعدادات»، ثم «عام»، ثم «إدارة التخزين»، وامسح سجل المحادثات الذي لا تحتاج إليه.</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>‏WeChat: احذف المحادثات القديمة</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>العمل عبر كاميرا الويب وصناعة المحتوى</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>ما تنسخه الحسابات: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>ما تم تغييره</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>ما تم العثور عليه</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>‏WhatsApp Business: اجعل الرسائل تختفي</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>‏WhatsApp: اجعل الرسائل تختفي</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>عندما يطلب تطبيق تسجيل شاشتك أو بثها، لا تضع أبدًا علامة على "عدم العرض مرة أخرى". ليس في إعدادات الهاتف زر للتراجع عن ذلك: دع hardener يحظره، أو أزِل التطبيق.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>عندما ينتهي hardener، افتح «الإعدادات»، ثم «خيارات المطوّرين»، وأوقِف «تصحيح الأخطاء اللاسلكي».</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>عندما ينتهي hardener، افتح «الإعدادات»، ثم «خيارات المطوّرين»، وانقر على "إلغاء عمليات تفويض تصحيح أخطاء USB" وأكِّد. كل كمبيوتر، وهذا أيضًا، سيحتاج إلى السماح له مرة أخرى. ثم أوقِف تصحيح أخطاء USB.</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>عندما يكون ذلك آمنًا، افتح «الإعدادات»، ثم «الأمان». انظر إلى بصمات الأصابع والوجه والأجهزة الموثوقة. إزالة شيء أضافه الشخص الآخر قد تنبّهه: خطّط لذلك أولاً.</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>عندما تنقطع VPN أو تعيد الاتصال، يمكن للتطبيقات الاتصال بدونها للحظة. فعّل "حظر الاتصالات بدون VPN" حتى لا يحدث ذلك أبدًا.</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>عندما يُقفل الهاتف</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>عندما تكون مسجَّل الدخول، يمكن لـ Google حفظ ما تترجمه في حسابك على Google، بعيدًا عن الهاتف. لا يستطيع hardener رؤية تلك النسخة أو حذفها. يمكنك حذفها بنفسك.</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>مصدر التطبيقات: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>أثناء توصيل الهاتف بالشاحن، لا تنطفئ شاشته أبدًا، لذلك لا يُقفل أبدًا. يمكن لأي شخص أن يأخذه من الشاحن ويستخدمه.</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>من يعرف كلمة مرور حساب يمكنه رؤية ما يحتفظ به (الرسائل، والصور، وجهات الاتصال، والموقع) من أي مكان، بدون الهاتف. تأكد من أنك تعرف كل حساب هنا، وافصل حسابات العمل عن الحسابات الخاصة.</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>السبب: {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>البحث عن شبكات Wi-Fi وأجهزة Bluetooth متوقف</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>البحث عن شبكات Wi-Fi وأجهزة Bluetooth: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>رمز الإقران عبر Wi-Fi الظاهر على الهاتف: </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>البحث عن شبكات Wi-Fi أثناء إيقاف Wi-Fi</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>لم يُفتح Windows Credential Manager، حيث يحفظ hardener مفتاحه. سجّل الخروج من Windows ثم الدخول مرة أخرى، ثم حاول مرة أخرى.</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>لا يسمح Windows لـ hardener باستخدام اتصال USB بالهاتف بنفسه. ثبّت Platform-Tools من Google وبرنامج تشغيل USB الخاص بالهاتف، وشغّل "adb devices" مرة واحدة، ثم اختر الهاتف "عبر adb من Google" في القائمة.</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>تصحيح الأخطاء اللاسلكي متوقف</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>تصحيح الأخطاء اللاسلكي مفعّل</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>تصحيح الأخطاء اللاسلكي: تعذّرت قراءته</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>مع «التحقّق من الهوية»، لا يستطيع من رآك تكتب رقم التعريف الشخصي أن يستخدمه وحده لتغيير القفل أو إيقاف الحماية. هذا الهاتف فيه هذه الميزة؛ لكنه لم يُظهر أنها مفعّلة.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>بدون VPN، يمكن للشبكة التي أنت عليها أن ترى المواقع والتطبيقات التي تستخدمها.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>بدون VPN، يمكن للشبكة التي تستخدمها (فندق، أو شبكة Wi-Fi لزبون، أو شركة الهاتف) أن ترى المواقع والتطبيقات التي تتصل بها. تُخفي VPN ذلك عنهم.</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>بدون قفل الشاشة لا فائدة من هذه المهلة. اضبط رقم التعريف الشخصي أولاً.</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>بدون تشفير، يمكن نسخ محتوى الهاتف بأدوات، حتى عندما يكون مقفلاً. الهواتف القديمة يمكنها التشفير من «الإعدادات»؛ والهواتف الأحدث تفعل ذلك دائمًا.</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>بدون الميكروفون وجهات الاتصال، يحتفظ تطبيق الترجمة بمعلومات أقل عنك.</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>العمل والحياة الخاصة</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>يستحق الإصلاح</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>هاتف Xiaomi Redmi Note 12 بواجهة MIUI 14 (Android 13) مع إيقاف «تصحيح أخطاء USB (إعدادات الأمان)»: تُرفض تغييرات الأذونات والكتابة في الإعدادات الآمنة.</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>يمكنك فعل ذلك بنفسك في تطبيق «الإعدادات» على الهاتف.</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>هذه تقوم بها بنفسك على الهاتف:</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>ستحتاج إلى رمز التراجع الذي أُعطي لك عند إجراء التغييرات.</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>ستحتاج إلى رمز التراجع هذا: {code}. احتفظ بهذه الصفحة بعيدًا عن الهاتف.</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>قد يحتفظ حسابك على Google بترجماتك</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>اتصالك بالإنترنت يمر عبر كمبيوتر آخر</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>لوحة المفاتيح لديك هي {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>تم ضبط رقم تعريف شخصي أو نقش أو كلمة مرور</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>مساحة خاصة</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>تطبيق لإظهار هوية المتصل</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>تطبيق للتخزين في السحابة</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>تطبيق مواعدة</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>تطبيق مراسلة</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>تطبيق مراقبة</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>إذن</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>نسخة ثانية من التطبيقات (التطبيقات المزدوجة)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>تطبيق تواصل اجتماعي</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>تطبيق تجسس</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>تطبيق ترجمة</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>ملف شخصي للعمل</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>خدمات «سهولة الاستخدام»</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>الحسابات</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>مسموح</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>منفَّذ أصلاً</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>تطبيق</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>متجر تطبيقات</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>مستخدم آخر</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>رموز التطبيقات</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>أذونات التطبيقات</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>توقيعات التطبيقات وأسماؤها</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>مساحة تخزين التطبيقات</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>استخدام التطبيقات</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>التطبيقات</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>النسخ الاحتياطي</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>محظور</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>أجهزة استشعار الجسم</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>التقويم</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>سجل المكالمات</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>الكاميرا</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>يمكنه قراءة إشعاراتك</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>لا يمكنه قراءة إشعاراتك</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>الشهادات المضافة إلى الهاتف</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>تم المسح</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>أجهزة الكمبيوتر الموثوقة لتصحيح أخطاء USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>جهات الاتصال</translation>
  </message>
  <message>
   <source>default</source>
   <translation>تلقائي</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>تطبيقا الرسائل القصيرة والهاتف التلقائيان</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>المتصفح التلقائي</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>مشرفو الجهاز</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>الظهور فوق التطبيقات الأخرى</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>مشفّر</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>مشفّر (على مستوى الملفات)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>مشفّر (القرص بالكامل)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>البند {number} في السجل تالف ({problem})؛ تحقق منه يدويًا</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>بصمات الأصابع والوجه</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>أدخل رمز الإقران (الأرقام الستة التي يعرضها الهاتف).</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>قارن hardener كل تطبيق على هذا الهاتف بالقوائم العامة لتطبيقات التجسس. لم يتطابق أي منها. القوائم ليست كاملة: إذا بدا أن شخصًا ما يعرف أشياء لا ينبغي أن يعرفها، فاطلب المساعدة للتحقق أكثر.</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>تعذّر على hardener قراءة هذا من الهاتف، لذلك لا يستطيع أن يقول ما الموجود. يُرجى التحقق منه على الهاتف بنفسك. ما الذي حدث: {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>تعذّر على hardener حفظ سجل التراجع على الهاتف، لذلك لم يغيّر شيئًا. تأكد من أن في الهاتف مساحة فارغة، ثم حاول مرة أخرى.</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>لم يجد hardener أي خطأ فيما استطاع قراءته، لكنه لم يستطع قراءة كل ما يحتاج إليه لهذا، لذلك لا يستطيع أن يقول إن الأمر سليم. يُرجى التحقق منه على الهاتف بنفسك. ما الذي كان ناقصًا: {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>واجه hardener مشكلة في أحد فحوصاته ({check})، لذلك لم يتم تقييم هذا الجزء من الهاتف. يُرجى الإبلاغ عنها؛ النتائج الأخرى تبقى صحيحة.</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>لا يحتفظ hardener بأي شيء آخر على هذا الكمبيوتر. التقارير التي حفظتها بنفسك موجودة حيث حفظتها.</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>لا يعرف hardener أي تطبيق مراسلة على هذا الهاتف. إذا كنت تستخدم واحدًا، ففعّل فيه الرسائل المؤقتة.</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>يحتاج hardener إلى تصحيح أخطاء USB ليعمل. عندما تنتهي، أوقِفه: الهاتف الذي فيه تصحيح الأخطاء مفعّل أسهل في النسخ. الخطوة الأخيرة، «إنهاء»، تفعل ذلك بدلاً منك.</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>السجل والبيانات المحفوظة على الهاتف</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>يملك صلاحيات مشرف الجهاز</translation>
  </message>
  <message>
   <source>location</source>
   <translation>الموقع الجغرافي</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>الموقع الجغرافي طوال الوقت</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>مؤمَّن بالكامل حتى يتم إدخال رقم التعريف الشخصي</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>لا يسمح macOS لـ hardener باستخدام اتصال USB بالهاتف بنفسه. ثبّت Platform-Tools من Google، وشغّل "adb devices" مرة واحدة، ثم اختر الهاتف "عبر adb من Google" في القائمة.</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>الرسائل</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>الميكروفون</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>الأجهزة المجاورة</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>لا يوجد (يمكن لأي شخص فتح الهاتف)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>عادي</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>غير مسموح</translation>
  </message>
  <message>
   <source>off</source>
   <translation>متوقف</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>قديم: اسأل عن التحديثات</translation>
  </message>
  <message>
   <source>on</source>
   <translation>مفعّل</translation>
  </message>
  <message>
   <source>password</source>
   <translation>كلمة المرور</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>نقش (سهل المشاهدة والتخمين)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>متوقف مؤقتًا</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>المكالمات الهاتفية</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>طراز الهاتف وإصدار Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>الصور</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>الصور والملفات</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>قراءة الإشعارات</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>قراءة الشاشة</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>جارٍ قراءة {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>حديث</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>قفل الشاشة</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>تسجيل الشاشة</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>الإعدادات</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>تم التخطي، أبلغ الهاتف عن اسم غير آمن: {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>تمرير فقط (يمكن لأي شخص فتح الهاتف)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>متوقف</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>المزامنة</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>الرسائل النصية</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>غير معروف</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>غير معروف (لم يذكر الهاتف ذلك)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>قابل للاستخدام</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>الوصول إلى بيانات الاستخدام</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>المستخدمون والملفات الشخصية</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>نعم</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>يتصرف {app} مثل تطبيق تجسس</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>يمكن لـ {app} نسخ كل محادثاتك وصورك ورسائلك الصوتية احتياطيًا إلى Google Drive. لا يستطيع hardener معرفة إن كان يفعل ذلك، لذلك يُرجى التحقق. أي شخص يدخل إلى حساب Google ذلك يمكنه قراءة النسخة الاحتياطية.</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>يمكن استخدام {app} لمراقبة شخص ما</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>يمكن لـ {app} نسخ الصور والملفات إلى السحابة</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>يمكن لـ {app} الظهور فوق التطبيقات الأخرى</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>يمكن لـ {app} تثبيت تطبيقات أخرى</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>يمكن لـ {app} قراءة كل إشعاراتك</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>يمكن لـ {app} قراءة جهات اتصالك</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>يمكن لـ {app} قراءة حركة الإنترنت الخاصة بك</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>يمكن لـ {app} تسجيل شاشتك دون أن يسأل</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>يمكن لـ {app} رؤية شاشتك والتحكم فيها</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>يمكن لـ {app} رؤية التطبيقات التي تستخدمها ومتى</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>يمكن لـ {app} استخدام: {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>لم يأتِ {app} من متجر تطبيقات</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>يستقبل {app} رسائلك النصية</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>يتولى {app} مكالماتك</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>لدى {app} صلاحيات مشرف الجهاز</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>ليس لـ {app} رمز في قائمة التطبيقات</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>‏{app} مفعّل دائمًا ويحظر حركة البيانات بدونه</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>‏{app} مفعّل دائمًا، لكن يمكن لحركة البيانات الخروج بدونه</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>يحتفظ {app} بسجل لما تترجمه</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>لم يعد {app} يحتفظ بشيء تقريبًا على الهاتف</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>يعرف {app} مكانك بالضبط</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>قد ينسخ {app} محادثاتك إلى السحابة</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>قد يرفع {app} صورك أو ملفاتك إلى السحابة الخاصة به. لا يستطيع hardener رؤية ما يرفعه، لذلك يُرجى التحقق. أي شخص يدخل إلى الحساب يمكنه رؤيتها.</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>يتظاهر {app} بأنه جزء من Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>يضع {app} مكانك في كل صورة</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>يقرأ {app} الشاشة دون أن يظهر في القائمة</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; لا (لا توجد طرفية لطرح السؤال فيها)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>حساب {service} ‏({account}) ينسخ: {data}</translation>
  </message>
 </context>
</TS>
