<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>Выполнено изменений: %v из %m</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Отмена</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Изменение</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>Изменения и их состояние</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>Уже выполненные изменения</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>Изменение настроек телефона…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>Не отключайте телефон. Сначала hardener записывает на телефон данные для восстановления прежних настроек.</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>Нет, пропустить</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>Вопрос: прежнюю настройку нельзя будет восстановить</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Состояние</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>Прекратить изменения (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Остановка…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>Прежнюю настройку нельзя будет восстановить</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>Да, для всех %n таких приложений</numerusform>
    <numerusform>Да, для всех %n таких приложений</numerusform>
    <numerusform>Да, для всех %n таких приложений</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>Да, изменить</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}: {subject}
Сейчас: {now}. После: {after}.
Прежнюю настройку нельзя будет восстановить. Внести это изменение?</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>Проверка…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Не удалось проверить</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Готово</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>Сделано</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>Сделано: проверить снова</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>Ещё нет</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>Остановить проверку</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>Нужно сделать</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>hardener проверил телефон: это сделано.</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>hardener проверил телефон: это ещё не сделано. Попробуйте выполнить шаги ещё раз.</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>hardener не смог проверить это на телефоне. Убедитесь, что это сделано.</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>hardener снова читает данные телефона…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>hardener снова читает данные телефона, чтобы проверить этот шаг</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>О выбранном пункте</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>Проверить снова</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>Выберите строку слева, чтобы прочитать о ней.</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>Выбрать, что изменить</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>Выберите свою ситуацию и посмотрите каждое изменение до того, как оно будет сделано</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>Что найдено, по группам, сначала самое серьёзное</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Завершить</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>Из руководства NSWP «Digital Security» («Цифровая безопасность»), раздел: {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>Насколько серьёзно</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Выключить отладку по USB и завершить</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>Что нашёл hardener</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>Что hardener увидел на телефоне</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>Что вы можете сделать</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>Почему это важно</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener нашёл %n проблему, которую нужно исправить</numerusform>
    <numerusform>hardener нашёл %n проблемы, которые нужно исправить</numerusform>
    <numerusform>hardener нашёл %n проблем, которые нужно исправить</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>hardener не нашёл ничего, что нужно исправить, в том, что смог проверить</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>hardener не нашёл ничего срочного</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>На телефоне осталось %n дело. Сделать его можете только вы.</numerusform>
    <numerusform>На телефоне осталось %n дела. Сделать их можете только вы.</numerusform>
    <numerusform>На телефоне осталось %n дел. Сделать их можете только вы.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>PDF или веб-страница, куда вы выберете</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Назад</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Отмена</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>Завершает связь с телефоном</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Завершить</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>Его не удалось стереть, поэтому отладка по USB осталась включённой. Вернитесь и снова нажмите «Завершить».</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>Сохранить возможность восстановить прежние настройки позже. Тот, кто будет обыскивать телефон, сможет увидеть, что его настройки меняли.</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>Сделать так, чтобы телефон забыл этот компьютер</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>Следующий человек: стереть всё</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>На телефоне откройте «Настройки», затем «Для разработчиков» (часто в разделе «Система»). Если вы не нашли «Для разработчиков», этот режим уже выключен: всё готово.</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>Стирает всё об этом телефоне с экрана и из памяти</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Отчёт сохранён: {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>Сначала сохранить отчёт</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>Посмотреть, что осталось сделать</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>Остановить (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>Выключить отладку по USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>Выключите «Использовать параметры разработчика» вверху экрана.</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>Выключение отладки по USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>Нажмите «Отозвать доступ для отладки по USB», затем «ОК».</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>Телефон не подтвердил. Выключите отладку на самом телефоне: выполните шаги ниже.</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Не удалось сохранить отчёт: {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>Данные для восстановления всё ещё на телефоне</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Это займёт несколько секунд.</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>Чтобы позже восстановить прежние настройки, понадобится выданный вам код восстановления.</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>Чтобы позже восстановить прежние настройки, понадобится этот код восстановления: %1. Храните его отдельно от телефона.</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Отладка по USB выключена</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>Отладка по USB, возможно, ещё включена</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>Отключите телефон от компьютера.</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>Можно отключить телефон. Остался последний шаг на телефоне:</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>Сейчас hardener выключит на телефоне отладку по USB и режим «Для разработчиков». Потом телефон отключится: так и должно быть.</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Биометрические данные, такие как отпечатки пальцев и сканы радужной оболочки глаза, используются в паспортах и на границах, что вызывает тревогу, когда секс-работники — мигранты, которым въезд запрещён.</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Данные могут собираться по многим каналам, таким как веб-страницы, приложения, системы мобильного банкинга и биометрия, без ведома или активного согласия секс-работников, что создаёт недопустимые риски для их безопасности и неприкосновенности частной жизни.</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Защита данных, цензура, самоорганизация, безопасность и неприкосновенность частной жизни</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Цифровые технологии, такие как мобильные приложения и практики биометрической слежки, также могут использоваться, чтобы находить, подсчитывать, опознавать, отслеживать, выслеживать и наказывать секс-работников;</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Во время карантина через соцсети [Grindr] шла своего рода «охота» на секс-работников.</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Известно, что алгоритм Facebook «Люди, которых вы можете знать» собирает в Facebook информацию о пользователях с разных платформ и устройств. Из-за этого личные аккаунты секс-работников становятся видны на экранах клиентов или членов семьи, и меры безопасности, которые секс-работники для себя выстроили, перестают действовать.</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Например, когда секс-работников арестовывают, их телефоны могут использовать, чтобы получить компрометирующие сведения, шантажировать их и вымогать у них взятки.</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Хорошие практики</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Вредные законы о цифровом пространстве и их влияние на неприкосновенность частной жизни, безопасность и благополучие секс-работников</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Введение</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Кроме того, при аресте секс-работников правоохранительные органы просматривают их телефоны, обращая особое внимание на сообщения и историю Google Переводчика.</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Кроме того, при аресте секс-работников правоохранительные органы просматривают их телефоны, обращая особое внимание на сообщения и историю Google Переводчика. Затем это используется как доказательство того, что они секс-работники, после чего их осуждают и/или депортируют.</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Обзор литературы</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Многие члены организаций рассказывали о случаях, когда конфиденциальные данные попадали к людям, которые искали способы эксплуатировать секс-работников и издеваться над ними с помощью шантажа и угроз.</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Многие опрошенные также сообщили, что полиция следит за сайтами, соцсетями и приложениями для знакомств, чтобы собирать сведения о секс-работниках и требовать у них деньги или секс.</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Нанесение на карту заведений или мест, которые посещают секс-работники, — крайне деликатное и потенциально опасное дело.</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Рекомендации</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Организации, оказывающие услуги, и секс-работники должны знать, как эти онлайн-платформы и приложения могут использовать собранные данные или передавать их третьим лицам, например рекламодателям, акционерам и даже государству.</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Среди практик цифровой безопасности, которые используют секс-работники, — VPN (виртуальная частная сеть), отдельные телефоны и SIM-карты для работы и личной жизни,</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Среди практик цифровой безопасности, которые используют секс-работники, — VPN (виртуальная частная сеть), отдельные телефоны и SIM-карты для работы и личной жизни, защита паролем, шифрование,</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Уголовно-процессуальный кодекс (УПК) позволяет сотрудникам полиции или назначенным третьим лицам получать любые данные, которые сочтут необходимыми, без разрешения суда.</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Большая угроза — когда другие люди раскрывают, что человек занимается секс-работой. Всегда есть риск, что клиенты найдут личный аккаунт секс-работника.</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Использование биометрии, сбора и анализа данных, микротаргетинга, геокартирования и т. п. в цифровых программах для секс-работников сопряжено с большой опасностью и подрывает эффективность оказания услуг.</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Бывают случаи, когда фото или видео секс-работников с веб-кам-шоу сохраняют посторонние люди, а потом используют их для шантажа.</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Это также часто происходит во многих странах, когда секс-работника арестовывают и полиция изымает его телефон, чтобы получить сведения о других секс-работниках.</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Это, в свою очередь, может привести к тому, что секс-работников раскроют, подвергнут доксингу (публикации в интернете сведений, по которым можно установить личность человека), травле, преследованию, шантажу или другому жестокому обращению, угрожающему их благополучию и жизни.</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>любой сбор данных может угрожать неприкосновенности частной жизни и безопасности секс-работников, если данные попадут не в те руки.</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>выбор браузеров, платформ, почтовых сервисов, приложений и других средств связи, которые дают больше возможностей для защиты данных и конфиденциальности.</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>многие секс-работники предпочитают иметь для работы отдельную личность в интернете.</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>конфиденциальные данные могут оказаться в руках людей, которые хотят навредить секс-работникам, даже когда кажется, что они в безопасности.</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>Документы</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>Сразу скрыть это окно и стереть всё, что в нём видно</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>Быстро уйти (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>Остаться</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Завершить</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>«Завершить» выключает отладку по USB и стирает данные для восстановления. Если её оставить включённой, это путь в телефон для того, у кого он окажется.</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>Всё равно выйти</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>Телефон сейчас изменяется. Если выйти сейчас, изменение может остаться незавершённым.</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>Отладка по USB всё ещё включена</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>Отладка по USB всё ещё включена: сначала завершить?</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>Спр&amp;авка</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Язык</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>&amp;Следующий человек: стереть всё</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;Выход</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>&amp;Сеанс</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>&amp;Размер текста</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>Текст крупнее</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>Проверка остановлена. На телефоне ничего не изменено.</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>Как включить &amp;отладку по USB</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>Крупный</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>Ещё крупнее</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>Самый крупный</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>Обычный</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>Телефон: {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Учебный телефон (не настоящий)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>Текст мельче</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>Остановлено. Телефон не подключён.</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener: проверить и защитить телефон</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>Уже в порядке</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Нельзя восстановить</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>Изменение…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Исправлено</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>Возможно, изменено</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Не исправлено</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>Не восстановлено</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>Восстановлено</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Пропущено</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>Телефон не принял изменение. Некоторые телефоны это блокируют.</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>Телефон не вернул старое значение.</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>Ответ телефона: {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>Телефон уже был так настроен.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Ожидание</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>Выполняется…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>Вы решили не делать это изменение.</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>hardener не смог заново прочитать настройку, поэтому не может сказать, что всё получилось.</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>Уже в порядке: %n.</numerusform>
    <numerusform>Уже в порядке: %n.</numerusform>
    <numerusform>Уже в порядке: %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>Исправлено: %n.</numerusform>
    <numerusform>Исправлено: %n.</numerusform>
    <numerusform>Исправлено: %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>Не исправлено: %n. Причины — ниже.</numerusform>
    <numerusform>Не исправлено: %n. Причины — ниже.</numerusform>
    <numerusform>Не исправлено: %n. Причины — ниже.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>Пропущено: %n.</numerusform>
    <numerusform>Пропущено: %n.</numerusform>
    <numerusform>Пропущено: %n.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>PDF или веб-страница, куда вы выберете</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Изменение</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>Снова проверить телефон и внести отклонённые изменения</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Готово</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>Готово, но есть проблемы</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>Готово. Прежнюю настройку нельзя будет восстановить.</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>Каждое изменение и его результат</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Завершить</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Восстановить прежние значения</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Отчёт сохранён: {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>Результат</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>Сохранить отчёт</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>Осталось сделать на телефоне: %n</numerusform>
    <numerusform>Осталось сделать на телефоне: %n</numerusform>
    <numerusform>Осталось сделать на телефоне: %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Выключить отладку по USB и завершить</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Не удалось сохранить отчёт: {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Повторить</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>Код восстановления: %1. Он нужен, только чтобы позже восстановить прежние настройки с другого компьютера. Запишите его и храните отдельно от телефона.</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>Восстановить прежние настройки</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>То, что можете сделать на телефоне только вы, с повторной проверкой</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Почему</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Если пункта «Для разработчиков» нет, сначала включите его: следуйте «Как включить отладку по USB» до шага «Для разработчиков». Телефон и этот компьютер должны быть в одной сети Wi-Fi.</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>На экране «Отладка по Wi-Fi» адрес под «IP-адрес и порт» — это адрес для подключения. Его порт не тот, что для сопряжения. Введите его тоже ниже.</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Откройте «Настройки» и найдите «Для разработчиков». Часто это в разделе «Система». Можно также ввести «Разработчик» в поиске вверху настроек.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Откройте «Настройки». Нажмите «Расширенные настройки» (или «Системные настройки»), затем «Для разработчиков».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Откройте «Настройки». Нажмите «Расширенные настройки», затем «Для разработчиков».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Откройте «Настройки». Нажмите «Система и обновления», затем «Для разработчиков».</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>Откройте «Настройки». Нажмите «Система», затем «Для разработчиков».</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>Откройте «Настройки». «Для разработчиков» — в самом низу: нажмите на этот пункт.</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>Включите «Отладка по Wi-Fi». Телефон спросит «Разрешить отладку по Wi-Fi в этой сети?»: нажмите «Разрешить».</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>Нажмите на слова «Отладка по Wi-Fi» (не на переключатель), чтобы открыть этот экран. Затем нажмите «Подключить устройство с помощью кода подключения».</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>Телефон покажет шестизначный «Код подключения по Wi-Fi» и «IP-адрес и порт». Введите их ниже. Не закрывайте это окно на телефоне, пока hardener не скажет, что подключился.</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>Адрес для подключения (IP-адрес и порт):</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>Адрес для подключения, например 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Назад</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>Подключение по Wi-Fi с кодом подключения</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>Для телефонов с Android 11 и новее, без кабеля. Сопряжение выполняет программа Google «adb» (Platform-Tools). После этого телефон доверяет ключу этой программы, который хранится в файле в домашней папке этого компьютера (.android/adbkey), а не ключу hardener. Google adb также хранит в этой папке список сопряжённых телефонов (.android/adb_known_hosts.pb): тот, кто обыщет этот компьютер, увидит, что телефоны подключались. hardener этот список не стирает.</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>Сопряжение выполнит программа Google «adb» версии {version} ({path}).</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>Поиск программы Google «adb» на этом компьютере…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Марка телефона</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Другие телефоны</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>Подключить</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>Адрес и порт для сопряжения, например 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>Адрес и порт для сопряжения:</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>Сопряжение с этого компьютера невозможно. {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>Сначала введите три вещи, которые показывает телефон: адрес для сопряжения, код и адрес для подключения.</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>Подключить кабелем USB</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>Код подключения по Wi-Fi, шесть цифр</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>Код подключения по Wi-Fi:</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>hardener не смог запустить программу Google «adb».</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>О телефоне</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>Расширенные настройки</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>Разрешить</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>Разрешить отладку ADB в режиме «Только зарядка»</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Разрешить отладку по USB?</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>Разрешить отладку по Wi-Fi в этой сети?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Всегда разрешать отладку с этого компьютера</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>Версия Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>Приложения</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>Батарея</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>Номер сборки</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Отмена</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>Только зарядка</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Запретить</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Для разработчиков</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>Название устройства</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>Экран</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>Передача файлов</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>IP-адрес и порт: 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>Версия MIUI / Версия ОС</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Модель</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>Сеть и интернет</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>ОК</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>Подключить устройство с помощью QR-кода</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>Подключить устройство с помощью кода подключения</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>Подключение к устройству</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>Изображение экрана телефона</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>Отозвать доступ для отладки по USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>Отозвать доступ к отладке по USB у всех компьютеров, которым вы его давали?</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>Безопасность</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>Настройки</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>Сведения о ПО</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>Не выключать экран</translation>
  </message>
  <message>
   <source>System</source>
   <translation>Система</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>Система и обновления</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>Нажмите: {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>Отпечаток RSA-ключа компьютера: 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Отладка по USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>Отладка по USB (Настройки безопасности)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>Отладка по USB предназначена только для разработки.</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>Режим работы USB</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>Использовать параметры разработчика</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>Использовать отладку по Wi-Fi</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Версия</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>Код подключения по Wi-Fi: 482915
IP-адрес и порт: 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>Отладка по Wi-Fi</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>Вы стали разработчиком!</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>Разрешить</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Разрешить отладку по USB?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Всегда разрешать отладку с этого компьютера</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Запретить</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>На экране учебного телефона (не настоящего):</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>Экран учебного телефона</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>Учебный телефон: разрешить этот компьютер</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>Учебный телефон: отклонить этот компьютер</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>Отпечаток RSA-ключа компьютера:</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>Профиль повреждён</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>Телефоном пользуется другая программа</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>Спрашивает, прежде чем остановить программу adb на этом компьютере</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>Вернуться к сопряжению</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>Вернуться в начало</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>Подключить снова</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>Подключиться через программу adb, которая держит телефон, не останавливая её</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>Подробности для того, кто помогает</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Как включить отладку по USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>Больше одного телефона</translation>
  </message>
  <message>
   <source>No</source>
   <translation>Нет</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>Телефон не найден</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>Нет надёжного места для ключа hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>По этому адресу никто не отвечает</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>Ничего не изменено</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>На телефоне ничего не изменено.</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>С этого компьютера сопряжение невозможно</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>Некоторые изменения, возможно, уже сделаны. Подключите телефон снова: hardener покажет их и предложит завершить их или восстановить прежние настройки.</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>Некоторые настройки, возможно, ещё не восстановлены. Подключите телефон снова, чтобы завершить восстановление.</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>Что-то пошло не так</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>Остановить другую программу…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>Остановлено</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>Нет доступа к USB-порту</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>Связь с телефоном потеряна</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>Связка ключей заблокирована</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>Телефон не принял сопряжение</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>Телефон не дал доступ этому компьютеру</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>Телефон не отвечает</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>Телефон ещё не дал доступ этому компьютеру</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>Этот адрес нельзя использовать</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>Это не код подключения</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>Это остановит программу «adb» на этом компьютере. Если ею пользуется кто-то ещё (например, Android Studio), у него пропадёт связь с телефоном. Остановить?</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Попробовать снова</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Отладка по USB выключена</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>Отладка по USB, возможно, ещё включена. Подключите телефон снова и нажмите «Завершить» или выключите отладку на самом телефоне.</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>Использовать его</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>Да, остановить</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>hardener столкнулся с неожиданной проблемой. С телефоном больше ничего не будет сделано.</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>Ключ hardener повреждён</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>Добавить рядом второй язык (например, язык тренера)?</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>Только на этом языке</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;Веб-страница (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>Сохранить отчёт</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>Ничего не менять на этом телефоне</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>Пока ни с кем не выясняйте отношения из-за этого. Удаление или изменение приложения может предупредить того, кто его установил.</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>Обратитесь за помощью: организация секс-работников, служба помощи при домашнем насилии или горячая линия по цифровой безопасности помогут решить, что делать.</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>Продолжить и изменить и это приложение</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>Продолжить, не трогая это приложение</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>Сначала составьте план безопасности: куда можно уйти и кому позвонить, если станет хуже.</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>Только если у вас есть план безопасности: тот, кто его установил, может это заметить</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>Остальные изменения можно сделать; в этом приложении ничего не меняется</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>Остановитесь и прочитайте: найдено приложение, которое может шпионить за этим телефоном</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>Остановиться здесь</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>Приложение может видеть, что делается на телефоне, в том числе изменения, сделанные сейчас.</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>Отмена</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>Повторная проверка телефона…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>Проверка телефона…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>Сколько данных телефона прочитано</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>Что уже прочитано на телефоне</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>Читается: {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>Остановить проверку (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Остановка…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>hardener читает настройки телефона. Он ничего не меняет.</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>Уже сделано: %n.</numerusform>
    <numerusform>Уже сделано: %n.</numerusform>
    <numerusform>Уже сделано: %n.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>%n изменение пропущено, потому что имя на телефоне выглядело небезопасным.</numerusform>
    <numerusform>%n изменения пропущены, потому что имя на телефоне выглядело небезопасным.</numerusform>
    <numerusform>%n изменений пропущено, потому что имя на телефоне выглядело небезопасным.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>%n из них нельзя восстановить: вас спросят ещё раз.</numerusform>
    <numerusform>%n из них нельзя восстановить: вас спросят ещё раз.</numerusform>
    <numerusform>%n из них нельзя восстановить: вас спросят ещё раз.</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>После</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>Уже сделано</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>Назад к результатам проверки</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>Можно восстановить</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Нельзя восстановить</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Изменение</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>Изменить телефон, как показано в списке</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>Изменения, которые сделает hardener</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>Выберите ситуацию слева.</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>Выберите ситуацию, которая ближе всего к вашей. Вы увидите каждое изменение до того, как оно будет сделано.</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>Каждое изменение: значение сейчас и после</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>Для помощника: {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>Внести эти изменения</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>Сейчас</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>Ситуации</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>Шаги, которые вы делаете на телефоне</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>Телефон уже так настроен. Менять нечего.</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>Этот выбор ничего не меняет на телефоне.</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>Восстановить</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>Какая у вас ситуация?</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener сделает %n изменение.</numerusform>
    <numerusform>hardener сделает %n изменения.</numerusform>
    <numerusform>hardener сделает %n изменений.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>Телефон по USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>Телефон по Wi-Fi (адрес)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>Адрес телефона в сети Wi-Fi, например 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>Проверить и защитить телефон</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>Подключить</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>Подключиться по Wi-Fi с кодом подключения телефона через программу Google adb</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>Подключите телефон к этому компьютеру. hardener проверит его, объяснит, что нашёл, и может изменить настройки, чтобы телефон стал безопаснее. Он ничего не хранит о телефоне на этом компьютере.</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>Подключиться к выбранному телефону</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Как включить отладку по USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>Искать снова</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>Снова искать телефоны по USB</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>Телефон пока не найден. Программа Google «adb» есть на этом компьютере, но не запущена: один раз выполните «adb devices» в её папке, затем подключите телефон, разблокируйте его и включите отладку по USB. Тогда hardener будет работать через неё.</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>Телефон пока не найден. Подключите его USB-кабелем, разблокируйте и включите отладку по USB.</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>Телефоны, найденные по USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Учебный телефон (не настоящий)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>Телефон просит код подключения (Android 11 и новее)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>Сначала введите адрес телефона, например 192.168.1.20:5555.</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>Какой учебный телефон</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name} (Wi-Fi, через Google adb)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name} (через Google adb)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name}: не отвечает (через Google adb)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name}: этот компьютер не разрешает доступ к порту USB (через Google adb)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name}: ждёт «Разрешить» на телефоне (через Google adb)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name}: {state} (через Google adb)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>%n дело, которое можете сделать на телефоне только вы. Сделайте его и нажмите «Сделано»: телефон проверится снова.</numerusform>
    <numerusform>%n дела, которые можете сделать на телефоне только вы. Сделайте каждое и нажмите «Сделано»: телефон проверится снова.</numerusform>
    <numerusform>%n дел, которые можете сделать на телефоне только вы. Сделайте каждое и нажмите «Сделано»: телефон проверится снова.</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Назад</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Завершить</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>В том, что удалось проверить, на телефоне больше ничего делать не нужно.</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>Осталось сделать на телефоне</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Выключить отладку по USB и завершить</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>Для %n изменения прежнее состояние восстановить нельзя (например, для очищенной истории приложения).</numerusform>
    <numerusform>Для %n изменений прежнее состояние восстановить нельзя (например, для очищенной истории приложения).</numerusform>
    <numerusform>Для %n изменений прежнее состояние восстановить нельзя (например, для очищенной истории приложения).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>Не удалось восстановить: %n. Причины — ниже.</numerusform>
    <numerusform>Не удалось восстановить: %n. Причины — ниже.</numerusform>
    <numerusform>Не удалось восстановить: %n. Причины — ниже.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>%n значение возвращено как было.</numerusform>
    <numerusform>%n значения возвращены как были.</numerusform>
    <numerusform>%n значений возвращено как было.</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Код восстановления состоит из 12 букв и цифр, например 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Назад</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Отмена</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Изменение</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>Изменения в данных для восстановления</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>Проверить телефон снова</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>Проверить телефон, ничего не меняя</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>Стереть данные для восстановления</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Завершить</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>Завершить последние изменения или восстановить прежние настройки</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>Продолжить без них</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>Они сохранены при прошлом визите и закрыты кодом восстановления. Введите код, чтобы увидеть те изменения и восстановить прежние настройки. Без кода данные можно стереть: прежние изменения тогда останутся, и восстановить настройки будет нельзя.</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>Оставить изменения</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>Не отключайте телефон.</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>Оставить и продолжить</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>Открыть данные для восстановления</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>Восстановлено частично</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Восстановить прежние значения</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>Возврат прежних значений…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Состояние</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>Прекратить восстановление (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Выключить отладку по USB и завершить</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>Прежние изменения останутся; восстановить настройки будет нельзя</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>Последние изменения не были завершены</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>Не удалось стереть данные: они всё ещё на телефоне. Попробуйте снова.</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>Этот код не открывает данные. Проверьте каждую букву и цифру и попробуйте снова.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>На этом телефоне есть данные для восстановления</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>Чтобы менять этот телефон, сначала откройте прежние данные их кодом или сотрите их. Если записать поверх, вернуть всё назад будет нельзя.</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>Код восстановления:</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>Восстановить прежние настройки</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>Восстановить настройки, которые были до этих изменений?</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>Восстановлено</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Почему</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener уже менял этот телефон и оставил на нём данные для восстановления. Можно восстановить %n настройку.</numerusform>
    <numerusform>hardener уже менял этот телефон и оставил на нём данные для восстановления. Можно восстановить %n настройки.</numerusform>
    <numerusform>hardener уже менял этот телефон и оставил на нём данные для восстановления. Можно восстановить %n настроек.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener возвращает значения, которые были на телефоне раньше. Можно восстановить %n настройку.</numerusform>
    <numerusform>hardener возвращает значения, которые были на телефоне раньше. Можно восстановить %n настройки.</numerusform>
    <numerusform>hardener возвращает значения, которые были на телефоне раньше. Можно восстановить %n настроек.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener менял этот телефон, когда работа прервалась (возможно, выдернули кабель). Он записал каждое значение, которое мог изменить. Можно восстановить %n настройку.</numerusform>
    <numerusform>hardener менял этот телефон, когда работа прервалась (возможно, выдернули кабель). Он записал каждое значение, которое мог изменить. Можно восстановить %n настройки.</numerusform>
    <numerusform>hardener менял этот телефон, когда работа прервалась (возможно, выдернули кабель). Он записал каждое значение, которое мог изменить. Можно восстановить %n настроек.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>Найдите «Номер сборки» (иногда он внутри «Сведения о ПО» или «Версия») и быстро нажмите на него 7 раз. Можно также ввести «Номер сборки» в поиск вверху «Настроек».</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Вернитесь в «Настройки» и найдите «Для разработчиков». Часто этот пункт в разделе «Система». Можно также ввести «разработчик» в поиск вверху «Настроек».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Вернитесь в «Настройки». Нажмите «Расширенные настройки» (или «Системные настройки»), затем «Для разработчиков».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Вернитесь в «Настройки». Нажмите «Расширенные настройки», затем «Для разработчиков».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Вернитесь в «Настройки». Нажмите «Система и обновления», затем «Для разработчиков».</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>Вернитесь в «Настройки». Нажмите «Система», затем «Для разработчиков».</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>Вернитесь на первый экран «Настроек». Пункт «Для разработчиков» теперь в самом низу. Нажмите на него.</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>Если вы видите ещё и «Отладка по USB (Настройки безопасности)», включите и её. Без неё hardener может проверить телефон, но не может изменить некоторые настройки. Телефон может попросить войти в аккаунт Mi.</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>Если вы видите «Разрешить отладку ADB в режиме „Только зарядка“», включите и это.</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>Откройте «Настройки». Прокрутите вниз и нажмите «О телефоне».</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>Подключите телефон к этому компьютеру USB-кабелем. Разблокируйте телефон. Если телефон спросит, для чего USB-подключение, выберите «Передача файлов».</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>Включите «Отладка по USB». Телефон спросит, уверены ли вы: нажмите «ОК».</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>Быстро нажмите на «Номер сборки» 7 раз. Если телефон попросит, введите PIN-код. Потом телефон сообщит, что вы стали разработчиком.</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>Быстро нажмите на «Версия MIUI» 7 раз (на новых телефонах этот пункт называется «Версия ОС»). Если телефон попросит, введите PIN-код.</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>Нажмите «Сведения о ПО».</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>Нажмите «Версия». Затем быстро нажмите на «Номер сборки» 7 раз. Если телефон попросит, введите PIN-код.</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>Телефон спросит: «Разрешить отладку по USB?». Нажмите «Разрешить». Не ставьте галочку «Всегда разрешать», если это не ваш собственный компьютер.</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>Назад</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>Выберите марку телефона. Потом выполните шаги на телефоне, по одному.</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Как включить отладку по USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Марка телефона</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Другие телефоны</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>Отмена</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>Снова подключиться к телефону</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>Подключение к телефону…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>Не ставьте галочку «Всегда разрешать отладку с этого компьютера», если это не ваш собственный компьютер. Если вы не видите вопроса, отключите кабель и подключите снова.</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>Прекратить подключение (Esc)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>Нажмите «Разрешить» на телефоне</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>Случайно нажали «Запретить»? Отключите телефон, подключите его снова и попробуйте ещё раз.</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>Учебный телефон спрашивает: «Разрешить отладку по USB?». Ответьте на экране учебного телефона.</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Это займёт несколько секунд.</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Попробовать снова</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>Разблокируйте телефон. Он спросит: «Разрешить отладку по USB?». Нажмите «Разрешить».</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Ожидание</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  (Здесь: когда это будет включено, снова выполните ту же команду 'hardener apply'.)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (Или оставьте его работать и подключайтесь через него: та же команда с --adb-server.)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  Только с ним можно будет позже восстановить прежние настройки с любого компьютера: hardener undo --undo-code CODE.
  'hardener finish' стирает с телефона данные для восстановления, если не добавить --keep-undo.</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>В разделе «Для разработчиков» включено «Отключить тайм-аут авторизации ADB»: компьютер, которому один раз разрешили доступ, сохраняет его, даже если его не подключают месяцами. Выключите это и отзовите разрешения, когда hardener закончит.</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>Включена «Автосинхронизация данных»: контакты, календарь и другое всё время копируются в аккаунты. Эту копию может прочитать без телефона любой, кто знает пароль, или компания может передать её полиции.</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>«{address}» — это не сетевой адрес, который может использовать hardener. Напишите его так, как телефон показывает в разделе «Беспроводная отладка»: цифры и порт, например 192.168.1.20:5555 (порт — число от 1 до 65535).</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>«{code}» — это не код подключения. Код — это шесть цифр, которые телефон показывает под «Код подключения по Wi-Fi».</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n приложение</numerusform>
    <numerusform>%n приложения</numerusform>
    <numerusform>%n приложений</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>Можно восстановить %n настройку.</numerusform>
    <numerusform>Можно восстановить %n настройки.</numerusform>
    <numerusform>Можно восстановить %n настроек.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>%n запись в данных для восстановления повреждена, её не будут трогать.</numerusform>
    <numerusform>%n записи в данных для восстановления повреждены, их не будут трогать.</numerusform>
    <numerusform>%n записей в данных для восстановления повреждены, их не будут трогать.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>%n месяц назад</numerusform>
    <numerusform>%n месяца назад</numerusform>
    <numerusform>%n месяцев назад</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>%n пункт, на который стоит посмотреть.</numerusform>
    <numerusform>%n пункта, на которые стоит посмотреть.</numerusform>
    <numerusform>%n пунктов, на которые стоит посмотреть.</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>После «{title}» ({what}) прежнюю настройку НЕЛЬЗЯ будет восстановить. Выполнить?</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(восстановить НЕЛЬЗЯ)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(Ничего не изменено.)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(восстановить нельзя: {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(не задано)</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>1 минута</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>10 минут</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>15 секунд</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>2 минуты</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>30 минут</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>30 секунд</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>5 минут</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>5 секунд</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>Приложение-«владелец устройства» управляет почти всем на этом телефоне и может видеть многое. Это нормально только для рабочего телефона, который выдал работодатель. Если это ваш собственный телефон, обратитесь за помощью.</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>Только PIN-код, ничего не видно на экране блокировки, история переводов удалена, а телефон выключен на границе.</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>Личное пространство скрывает приложения, но остаётся открытым какое-то время после блокировки телефона. Настройте блокировку вместе с телефоном.</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>Сломанный или враждебный телефон (Android 12L): имена пакетов, имена аккаунтов, настройки и свойства с попытками внедрить команды в оболочку, переводами строк, байтами NUL, знаками письма справа налево, очень длинными значениями и мусорными строками в каждом выводе.</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>Приложение-определитель номера</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>К сертификатам, которым доверяет телефон, добавлен ещё один. С ним другой компьютер может читать интернет-трафик, который защищают приложения. Если вы его не добавляли, сохраните доказательства и обратитесь за помощью, прежде чем удалять его.</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>Одна проверка не смогла завершиться</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>Резервную копию в облаке можно прочитать без телефона, если знать пароль от аккаунта.</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>Облачное приложение</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>Компьютер, который давно не подключали, придётся разрешить снова.</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>Компьютер, сопряжённый с этим телефоном, может управлять им по Wi-Fi, без кабеля. Если она включена для этой встречи, выключите её, когда hardener закончит; если нет, ею может пользоваться кто-то другой.</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>Копия сохранена на телефоне: {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>Копия того, что вы переводите, может оставаться в вашем аккаунте Google.</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>Приложение для знакомств</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>Приложение администратора устройства может заблокировать или стереть телефон, и его трудно удалить.</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>Лицом или пальцем можно открыть телефон без вашего согласия.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>На границе могут заставить приложить палец или лицо; PIN-код в голове — нет.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>Палец или лицо можно приложить силой. Перед опасным моментом удалите их в Настройках, затем Безопасность, или используйте «Блокировку входа» из меню питания.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>Вас могут заставить приложить палец или показать лицо: кто-то может поднести телефон к вашему лицу или прижать к нему ваш палец. PIN-код остаётся у вас в голове. Перед опасной ситуацией включите «Блокировку входа» или удалите отпечатки пальцев и лицо.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>Палец или лицо можно приложить силой; PIN-код в голове — нет. Выключенный телефон прочитать труднее всего.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Клавиатура видит всё, что вы печатаете, и пароли тоже. Эта не была на телефоне изначально. Если вы выбрали её сами, убедитесь, что доверяете её создателю.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Клавиатура видит всё, что вы печатаете, и пароли тоже. Эта установлена не из магазина. Если вы её не выбирали, кто-то может читать то, что вы печатаете. Пока не удаляйте его: если оно следит, удаление может предупредить того, кто его установил. Сначала сохраните доказательства и составьте план безопасности.</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>Мессенджер</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>Приложение для наблюдения</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>Найдено приложение для слежки: {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>Один номер для работы и личной жизни связывает их для любого, кто ищет.</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>Отпечаток пальца или часы партнёра могут быть настроены для разблокировки вашего телефона.</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>Графический ключ легко угадать, легко подсмотреть через плечо, и он часто оставляет след на экране. PIN-код из 6 цифр или больше или пароль намного надёжнее.</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>Телефон, схваченный сразу после того, как погас экран, может ещё открыться без PIN-кода.</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>Настройка телефона</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>Если телефон заберут, пока он разблокирован, он выдаст всё.</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>Если телефон заберут, пока экран ещё включён, он открыт: ничего не нужно угадывать. 30 секунд безопаснее.</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>Выключенный телефон с PIN-кодом открыть труднее всего.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>Телефон, который открывается без PIN-кода, отдаёт полиции каждый чат с каждым клиентом.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>Телефон, который открывается без PIN-кода, отдаёт полиции или шантажисту всё, что на нём есть.</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>Если экран телефона не гаснет на зарядке, телефон открыт для всех.</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>Телефон, который выключили и с тех пор не разблокировали, прочитать труднее всего. Если вы ждёте полицию, проверку на границе или облаву, выключите телефон.</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>Телефон примерно с 600 приложениями (Pixel 6a, Android 13): много игр, магазинов и утилит; проверяет, что затраты на проверку не растут с числом приложений.</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>Фото в объявлении может содержать место, где оно сделано.</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>Приватный браузер не хранит историю и блокирует трекеры; Tor Browser ещё и скрывает, где вы. Установите такой, затем откройте Настройки, Приложения, «Приложения по умолчанию», «Браузер».</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>Выбранный вами провайдер</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>Для всего телефона задан прокси: другой компьютер может видеть и менять то, что телефон отправляет и получает. Если вы его не настраивали, кто-то может следить за тем, что вы делаете в интернете.</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>Записи помогут службе поддержки, а позже и жалобе, если вы решите её подать.</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>Блокировка экрана установлена</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>Второй профиль разделяет приложения, но он на том же телефоне: кто откроет телефон, может открыть и его, а рабочим профилем управляет его администратор. Знайте, что где лежит.</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>Приложение безопасности отключено: {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>Работа отдельно от личной жизни</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>Одна из настроек телефона требует внимания</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>Настройка изменена</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>Организация секс-работников, служба помощи при домашнем насилии или горячая линия по цифровой безопасности помогут проверить телефон и решить, что делать. Пока у вас нет плана, пользуйтесь телефоном как обычно.</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>Приложение соцсети</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>Шпионское приложение</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>Шпионское приложение показывает другому человеку ваши сообщения, звонки и местоположение.</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>Найдено шпионское приложение: {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>Приложение-переводчик</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>Рабочим профилем управляет {app}</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>Доступ к специальным возможностям позволяет приложению читать всё на экране, видеть, что вы печатаете, и нажимать за вас. Шпионские приложения этим пользуются. Оставляйте этот доступ только приложениям, которые вы выбрали сами, например программе чтения с экрана.</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>Приложения со специальными возможностями: не удалось прочитать</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>Аккаунт</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>Аккаунты автоматически копируют данные с телефона</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>Аккаунты на этом телефоне: {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>Аккаунты: не удалось прочитать</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>Расширенная защита появилась в Android 16. На этом телефоне больше всего помогают надёжный PIN-код, «Блокировка входа» и выключение телефона.</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>Расширенная защита выключена</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>Расширенная защита включена</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>Расширенная защита: не удалось прочитать</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>Объявления и приложения знакомств, когда ищет полиция</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>Через 5 минут</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>После перезагрузки</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>После того как экран погас, любой, кто возьмёт телефон в это время, откроет его без PIN-кода. Блокируйте сразу или не позже чем через 5 секунд.</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>Уже в порядке</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>Уже были настроены безопасно и оставлены как есть: {count}.</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>Приложение</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>Приложение (название не прочитано)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>Приложение, которому разрешено записывать экран без вопроса, может копировать ваши шоу и переписку.</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>Магазин приложений</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>Приложение, которое показывается поверх других, может показать поддельный экран и украсть ваш PIN-код.</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>Приложение, которое читает уведомления, видит начало каждого сообщения.</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>Приложение, читающее ваши контакты, может связать рабочий профиль с вашими знакомыми.</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>Приложение с доступом к специальным возможностям может читать ваш экран и действовать от вашего имени.</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>Приложение с доступом к камере или микрофону может записывать вас и ваши шоу.</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>Точное местоположение показывает, где вы живёте и работаете; приблизительного хватает, чтобы знакомиться рядом.</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>Сотрудник, держащий заблокированный телефон, может прочитать сообщения на экране.</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>Телефон аутрич-работника с данными опросов или клиентов</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Код восстановления состоит из 12 букв и цифр, например 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>Android 16 может блокировать приложения не из магазина, старые сети 2G и новые USB-подключения, пока телефон заблокирован. Отнятый телефон тогда труднее прочитать, но есть ограничения для приложений.</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>Резервное копирование Android копирует в ваш аккаунт данные и настройки приложений, а с Google часто ещё SMS и журнал звонков. Любой, кто знает пароль, или компания по запросу полиции может прочитать это без телефона.</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>Резервное копирование Android выключено</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>Резервное копирование Android в облако</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Android запустил это приложение как службу специальных возможностей, и оно может читать всё на экране, но его нет в списке таких приложений в Настройках. Пока не удаляйте его: если оно следит, удаление может предупредить того, кто его установил. Сначала сохраните доказательства и составьте план безопасности.</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android:</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>Другая программа на этом компьютере (сервер Google «adb», процесс {pid}) использует телефон. hardener может работать через неё: телефон может ещё раз спросить «Разрешить отладку по USB?» — для этой программы. Или hardener может остановить её, если вы согласны, или вы можете закрыть эту программу сами.</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>Сейчас этот телефон меняет другой сеанс. Дождитесь его окончания и попробуйте снова. (Если другого сеанса нет, попробуйте снова через {minutes} мин.)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>Любой, у кого в руках заблокированный телефон, может прочитать сообщения, которые появляются на экране.</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>Любой, кто возьмёт этот телефон, может его открыть и прочитать всё: сообщения, фото, контакты и историю переводов. Установите PIN-код из 6 цифр или больше или пароль.</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>Разрешения приложений: не удалось прочитать</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>Применить %n изменение?</numerusform>
    <numerusform>Применить %n изменения?</numerusform>
    <numerusform>Применить %n изменений?</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>Приложения и разрешения</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>Такие приложения загружают ваши контакты и предлагают по ним «людей, которых вы можете знать». Тогда клиентам, коллегам или родным может показаться ваш профиль, а вам — их. Это может раскрыть, чем вы занимаетесь.</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>Приложения, выдающие себя за Android: не удалось прочитать</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>Приложения, ведущие себя как шпионские: не удалось прочитать</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>Приложения, которые могут устанавливать приложения: не удалось прочитать</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>Приложения поверх других приложений: не удалось прочитать</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>Приложения, которые читают ваши контакты, могут показать ваш профиль клиентам или родным.</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>Приложения без значка: не удалось прочитать</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>Приложения, которым вы разрешили, могут знать, где вы. Выключайте геолокацию, когда идёте на работу или туда, о чём другим знать нельзя, и включайте, когда нужна карта.</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>Приложения: {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>Попросите мобильного оператора заблокировать SIM-карту и выдать новую. Номер обычно можно сохранить.</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>Считайте, что всё с него скопировали</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>На границе: выключите телефон</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>В конце дайте hardener завершить сеанс или откройте «Настройки» → «Система» → «Для разработчиков» и выключите переключатель вверху.</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>В конце: отзовите разрешения на отладку по USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>В конце: выключите отладку по Wi-Fi</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>Автоматически</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>Для автосинхронизации нет аккаунта, куда копировать</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>Автосинхронизация выключена</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>Автосинхронизация: не удалось прочитать</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>Резервное копирование: не удалось прочитать</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>Перед возможным арестом или облавой</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>Перед обыском: выключите или заблокируйте</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>Прежде чем что-то менять, сохраните доказательства: сфотографируйте этот экран другим телефоном или сохраните этот отчёт на устройстве, которым пользуетесь только вы. Это может пригодиться позже в организации поддержки или у юриста — что бы вы ни решили.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>Телефон для замера скорости: Pixel 6a на Android 13, примерно 1000 приложений.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>Телефон для замера скорости: Pixel 6a на Android 13, примерно 300 приложений.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>Телефон для замера скорости: Pixel 6a на Android 13, примерно 50 приложений.</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>Кроме этого компьютера, телефон доверяет для отладки по USB и другим (число: {others}). Тот, у кого есть один из них, может подключить разблокированный телефон и копировать файлы, ставить приложения или смотреть экран. Отзовите разрешения, когда hardener закончит.</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>Поиск Bluetooth при выключенном Bluetooth</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>Пограничники могут обыскать телефон, который открывается без PIN-кода.</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>Звоните или пишите за помощью с телефона или компьютера, к которому следящий никогда не прикасался. Телефон под наблюдением покажет ему, с кем вы связывались.</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>Камера, микрофон, запись экрана и специальные возможности — только для приложений, которые вы выберете.</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>Сертификаты, добавленные на телефон: не удалось прочитать</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>Смените пароли</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>Полностью зарядите телефон и не отключайте его от зарядки. Откройте «Настройки» → «Безопасность» → «Зашифровать телефон». Это может занять час. Сначала установите PIN-код или пароль.</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>Резервные копии чатов и фото в облаке можно прочитать без телефона.</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>Проверить резервное копирование в Google Фото</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>Проверить Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>Проверить резервные копии WhatsApp и фото</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>Проверить резервную копию чатов WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>Проверить Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>Проверить приложения не из магазина приложений</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>Проверить приложения, установленные не из магазина приложений</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>Проверить приложения, которые показываются поверх других</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>Проверить приложения с доступом к истории использования</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>Проверить приложения администратора устройства</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>Проверить разблокировку по отпечатку пальца и по лицу</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>Проверьте отпечатки, лицо и Smart Lock, когда это безопасно</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>Только проверить</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>Только посмотрите, затем поговорите с тем, кому доверяете</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>Проверьте, нужно ли это приложению. Любое из этих разрешений можно отключить: если оно действительно нужно, приложение спросит снова.</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>Проверить аккаунты</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>Проверить, что копируется в резервную копию</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>Проверить, что загружает это приложение</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>Проверьте, что ваши приложения сохраняют в резервные копии в облаке</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>Проверьте, какие приложения могут записывать экран</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>Проверьте, какой браузер открывает ваши ссылки, и выберите тот, что хранит о вас меньше.</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>Проверьте, какой клавиатурой вы пользуетесь</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>Проверьте, кто может найти вас по номеру</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>Проверьте, чьи отпечаток, лицо или доверенное устройство открывают телефон</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>Проверьте приложения по умолчанию</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>Выберите браузер, который хранит о вас меньше</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>Выбрать, что синхронизируется с облаком</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>Выбрать, что копирует этот аккаунт</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>Очистить историю в приложении-переводчике</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>Очистить историю в приложении</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>Очистить историю переводов</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>Удалите историю переводов перед поездкой</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>Облачные аккаунты, синхронизация и резервное копирование</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>Облачные приложения: не удалось прочитать</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>Компьютеры с доступом к отладке по USB сохраняют его навсегда</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>Компьютеры с доступом к отладке по USB: не удалось прочитать</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>Компьютеры с доступом к отладке по USB: {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>Подключайтесь так: {command}   (Ctrl-C — остановить)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>Контакты и фото в облаке можно прочитать без телефона.</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>Не удалось проверить</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>Не удалось проверить ({count}):</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Не удалось проверить</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>Нет доступа к хранилищу ключей, поэтому ключ (если он есть) не удалён: {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>Пересечение границы или поездка</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>Приложения знакомств и объявлений без доступа к контактам и точному местоположению, отдельный номер и сообщения не на экране блокировки.</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>Приложения знакомств и геолокация: не удалось прочитать</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>Занимайтесь шпионскими приложениями только после плана безопасности</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>Безопасно разобраться со шпионскими приложениями</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>Приложения для SMS и звонков по умолчанию: не удалось прочитать</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>Браузер по умолчанию: не удалось прочитать</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>Удалить историю Google Переводчика в аккаунте Google</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>Удалить сохранённые фразы</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>Удалить историю переводов в аккаунте Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>Удалить историю переводов, которая хранится в аккаунте Google</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>Удалите историю переводов, сохранённую в вашем аккаунте</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Параметры разработчика</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>Приложения администратора устройства: не удалось прочитать</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>Права администратора устройства позволяют приложению заблокировать телефон, стереть его или не дать вам удалить это приложение. Оставляйте их только знакомым приложениям, например «Найти устройство» или рабочему приложению.</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>Вы знаете это приложение?</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>Вы знаете, откуда здесь это приложение?</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>Готово: изменено — {changed}, уже в порядке — {already}, не применено — {not_applied}, пропущено — {skipped}, не удалось — {failed} (обменов с телефоном: {round_trips}).</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>Каждый аккаунт, в который выполнен вход на телефоне, открывает при обыске свою почту, фото и чаты.</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>Каждый раз, когда приложение просит записать или транслировать экран, прочитайте, какое это приложение. Галочка «Больше не показывать» позволит ему потом записывать без вопроса.</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>Зашифровать телефон</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>Шифрование:</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>Шифрование: не удалось прочитать</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>Стереть данные для восстановления на телефоне? Тогда восстановить прежние настройки будет нельзя.</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>Даже при выключенных Wi-Fi и Bluetooth телефон ищет сети и устройства рядом. Это сообщает приложениям и Google, где вы, даже в помещении. Мало кому это нужно.</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>Все работающие службы специальных возможностей есть в списке в Настройках.</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>У всех приложений, установленных не из магазина, есть значок</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>Все приложения с именами, которые Android оставляет себе, были на телефоне изначально.</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>Все установленные вами приложения — из магазина приложений</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>Удалится и всё, что хранит приложение: скачанные офлайн-языки, сохранённые фразы, настройки и вход в аккаунт. Языки можно будет скачать снова.</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>Всё на этом телефоне в одном месте. Если работа и личная жизнь делят его, держите их на разных номерах и аккаунтах.</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>Настроена разблокировка по лицу</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>Перед поездкой узнайте, что закон разрешает требовать сотрудникам на этой границе. Это подскажет организация секс-работников или группа по правам мигрантов.</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>Настроена разблокировка по отпечатку пальца и по лицу</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>Разблокировка по отпечатку пальца и по лицу: не удалось прочитать</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>Настроена разблокировка по отпечатку пальца</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Исправлено</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>Для первого визита или телефона, за которым, возможно, следят: сначала посмотреть, ничего не меняя.</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>Для общего рабочего телефона с данными других людей: надёжно заблокировать его и не хранить эти данные в облаке.</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>Для всех, кто пересекает границу или ездит по работе, особенно мигрантов, чей статус могут поставить под вопрос.</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>Для всех, кого полиция может задержать, к кому может прийти с обыском и забрать телефон.</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>Для всех, кто проводит веб-шоу или создаёт контент на этом телефоне.</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>Для всех, кто находит клиентов в приложениях знакомств, соцсетях или на сайтах объявлений, которые просматривает и полиция.</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>Для всех, кто отделяет секс-работу от семьи, друзей и основной работы.</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>Для всех, чей партнёр, бывший партнёр или клиент может читать их телефон или использовать его содержимое против них.</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>Для мигрантов и всех, кто общается с клиентами или чиновниками через приложение-переводчик.</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>Для аутрич-работников и организаций, чей телефон хранит данные других людей.</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>Для тех, кто каждый день пользуется приложениями-переводчиками: хранить короткую историю и не отправлять её в облако.</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>Найдено: %n проблема, которую нужно исправить.</numerusform>
    <numerusform>Найдено: %n проблемы, которые нужно исправить.</numerusform>
    <numerusform>Найдено: %n проблем, которые нужно исправить.</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>С другого телефона или компьютера смените пароли от почты, мессенджеров, соцсетей и облачных аккаунтов.</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>Обратиться к тем, кто разбирается</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>Давайте приложениям знакомств только приблизительное местоположение</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>Разобрать результаты</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>Полезно знать</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>Хорошо. Лучше всего телефон защищает PIN-код из 6 цифр или больше или пароль. Короткий PIN-код вроде 1234 или дату рождения легко угадать: если у вас такой, смените его.</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>Хорошо. Компьютер не может управлять этим телефоном через кабель.</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>Хорошо. Телефон, схваченный сразу после того, как погас экран, уже требует PIN-код.</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>Хорошо. Android шифрует имена сайтов, которые вы открываете, везде, где это позволяет сеть.</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>Хорошо. Сейчас приложения не могут узнать, где вы, по геолокации телефона.</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>Хорошо. Вне доверенных мест тот, кто узнал ваш PIN-код, не сможет сменить его или отключить защиту без вашего отпечатка или лица.</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>Хорошо. Google Play проверяет приложения на этом телефоне на известные вредные программы.</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Хорошо. Если телефон могут забрать, удерживайте кнопку питания и нажмите «Блокировка входа».</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>Хорошо. Ни одна служба специальных возможностей не включена.</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>Хорошо. Ни одно приложение не может заблокировать или стереть телефон или помешать вам удалить его.</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>Хорошо. Ни у одного приложения нет доступа ко всем вашим уведомлениям.</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>Хорошо. Ни одно приложение на этом телефоне не установлено из файла или другим приложением.</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>Хорошо. Ни одно установленное вами приложение не может пользоваться местоположением, микрофоном, камерой, сообщениями, звонками или контактами.</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>Хорошо. Ни у одного установленного вами приложения нет такого доступа.</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>Хорошо. Ни одно приложение знакомств на этом телефоне не знает ваше точное местоположение.</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>Хорошо. Ни одно другое приложение на этом телефоне не может устанавливать на него новые приложения.</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>Хорошо. Ничего не уходит с телефона мимо VPN, даже при переподключении.</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>Хорошо. Телефон открывается только вашим PIN-кодом или паролем, и никто не сможет силой открыть его вашим пальцем или лицом.</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>Хорошо. Фото, сделанные камерой телефона, не содержат ваше местоположение.</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>Хорошо. Тот, у кого в руках заблокированный телефон, не может прочитать ваши сообщения.</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>Хорошо. Имена сайтов и приложений, которыми вы пользуетесь, шифруются в любой сети.</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>Хорошо. Телефон не остаётся разблокированным сам по себе в определённых местах или рядом с определёнными устройствами.</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>Хорошо. На телефоне свежие исправления безопасности, поэтому его труднее взломать.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>Хорошо. Телефон блокируется сам, даже когда он на зарядке.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>Хорошо. Телефон быстро блокируется сам, когда вы его откладываете.</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>Хорошо. Заблокированный телефон отвергает приложения не из магазина, старые сети и новые USB-подключения.</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>Хорошо. Соцсети, приложения для знакомств и определители номера на этом телефоне не могут читать ваш список контактов.</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>Хорошо. Это остаётся только на телефоне.</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>Хорошо. Этот браузер хранит меньше о том, что вы смотрите.</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>Хорошо. Когда телефон заблокирован или выключен, его содержимое нельзя прочитать без вашего PIN-кода или пароля. Шифрование надёжно ровно настолько, насколько надёжен этот PIN-код или пароль.</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>Хорошо. При выключенных Wi-Fi и Bluetooth телефон не ищет места поблизости.</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8 на Android 14, аккуратно настроен: блокировка PIN-кодом, текст уведомлений скрыт на экране блокировки, один аккаунт Google, резервное копирование включено. Находок мало.</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9 на Android 15 с рабочим профилем (пользователь 10), которым управляет работодатель; блокировка PIN-кодом, разблокировка по лицу, Smart Lock включён.</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>Google Переводчика нет на этом телефоне</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>Защита от кражи Google может быть доступна на этом телефоне. hardener не видит, включена ли она: проверьте в Настройках.</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>Скрыто</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>Скрыть сообщения на экране блокировки</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>Скрыть текст сообщений на экране блокировки</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>Удерживайте кнопку питания (на некоторых телефонах — питание и громкость вверх вместе), затем нажмите «Блокировка входа». Телефон будет требовать PIN-код: отпечаток, лицо и Smart Lock не работают, пока вы его не введёте. На телефонах без «Блокировки входа» просто выключите телефон.</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>Удерживайте кнопку питания, затем нажмите «Блокировка входа». Тогда телефону нужен ваш PIN-код: отпечаток пальца, лицо и Smart Lock не работают, пока вы его не введёте.</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>Как восстановить прежние настройки</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>Проверка личности включена</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>Проверка личности не обнаружена включённой</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>Проверка личности: не удалось прочитать</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>Если телефон могут скоро забрать или обыскать</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>Если телефон забрали или он потерялся</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>Если этот телефон заберут, под угрозой окажутся данные других людей, а не только ваши.</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>Если вы установили его сами, откройте его настройки и проверьте, кто может видеть ваше местоположение, записи или экран. Если вы его не устанавливали, сохраните доказательства и обратитесь за помощью.</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>Если вы пользуетесь Google Переводчиком в браузере или на другом устройстве, войдя в аккаунт, ваш аккаунт Google может по-прежнему хранить ваши переводы.</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>Сразу</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>Важно</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>В Google Переводчике откройте «Избранное» (звёздочка) и удалите фразы, которые не хотите хранить: они сохраняются в вашем аккаунте.</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>В LINE используйте Letter Sealing и удаляйте ненужные чаты: откройте чат, меню, Настройки, затем «Удалить историю чата».</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>В Messenger откройте чат, нажмите на имя, затем «Исчезающие сообщения» (или «Исчезающий режим»).</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>В Signal откройте Настройки, Конфиденциальность, «Таймер по умолчанию для новых чатов» и выберите время. Для существующих чатов: откройте чат, нажмите на имя, затем «Исчезающие сообщения».</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>В Telegram откройте Настройки, Конфиденциальность, «Автоудаление сообщений» и выберите время. Обычные чаты хранятся и на серверах Telegram: для клиентов используйте секретные чаты.</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>В Viber откройте чат, нажмите на имя, затем «Исчезающие сообщения» и выберите время.</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>В WhatsApp Business откройте Настройки, Конфиденциальность, «Таймер сообщений по умолчанию» и выберите 24 часа или 7 дней. Для существующих чатов: откройте чат, нажмите на имя, затем «Исчезающие сообщения».</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>В WhatsApp откройте Настройки, Конфиденциальность, «Таймер сообщений по умолчанию» и выберите 24 часа или 7 дней. Для существующих чатов: откройте чат, нажмите на имя, затем «Исчезающие сообщения».</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>В WhatsApp: «Настройки» → «Чаты» → «Резервная копия чатов»: выберите «Никогда» или защитите резервную копию сквозным шифрованием. В Google Фото: ваше фото профиля → «Настройки Google Фото» → «Резервное копирование».</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>В чате Instagram проведите вверх, чтобы включить исчезающий режим. Уже отправленные сообщения остаются: удалите те, которые не должны найти.</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>В настройках безопасности каждого аккаунта выйдите на всех других устройствах, чтобы забранный телефон потерял доступ.</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>В каждом приложении, где хранятся чаты или фото, откройте настройки и найдите «Резервное копирование». Если аккаунт, куда оно копирует, небезопасен, отключите копирование или защитите его и удалите там старые копии.</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>В каждом приложении знакомств и мессенджере откройте «Конфиденциальность» и отключите «Находить меня по номеру» и загрузку контактов.</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>В некоторых странах удалённое стирание телефона могут использовать против вас. Если можете, сначала посоветуйтесь.</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram: используйте исчезающий режим</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>Установите VPN, которому доверяете, и войдите. Затем откройте Настройки, Сеть (или Подключения), VPN, нажмите шестерёнку рядом и включите «Постоянная VPN» и «Блокировать соединения без VPN».</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>Установите обновления безопасности</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>Сначала сохранить доказательства</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>Сохраните записи о найденном</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>Храните записи там, куда следящий не доберётся</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>Хранить на телефоне меньше</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>Разделить рабочие и личные аккаунты</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>Держите работу и личную жизнь на разных номерах</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>Держать рабочие контакты и аккаунты отдельно от личной жизни, чтобы приложения не могли их связать.</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>Не храните рабочие фото и контакты в облаке</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>Не давайте приложениям знакомств и соцсетям ваши контакты</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>Не сохраняйте местоположение в фото</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>Клавиатура: не удалось прочитать</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>Знайте, что сказать, если попросят разблокировать</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>Первый шаг — знать, что показывает телефон.</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE: удаляйте старые чаты</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>Последний шаг, на телефоне: {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>Разрешить экрану гаснуть во время зарядки</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>Ссылки открываются в браузере, который выберет телефон. Выберите тот, что хранит о вас меньше.</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>Геолокация</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>Геолокация выключена</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>Геолокация включена</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>Геолокация: не удалось прочитать</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>Блокировка после отключения экрана: не удалось прочитать</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>Блокируйте личное пространство вместе с телефоном</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>Блокируйте телефон сразу, как гаснет экран</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>Заблокируйте телефон сейчас</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>Блокируйте экран через 30 секунд или раньше</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>Кнопка «Блокировка входа» в меню питания</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>Кнопка «Блокировка входа»: не удалось прочитать</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>«Блокировка входа» появилась в Android 9. На этом телефоне выключайте сам телефон, если его могут забрать: после перезагрузки его открывает только ваш PIN-код или пароль.</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>«Блокировка входа» — быстрый способ сделать так, чтобы телефон требовал PIN-код: она отключает отпечаток пальца, лицо, Smart Lock и сообщения на экране блокировки. На этом телефоне её нужно включить в настройках.</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>Кнопка «Блокировка входа» есть в меню кнопки питания</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>Кнопки «Блокировка входа» нет в меню кнопки питания</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>«Блокировка входа» заставляет телефон спросить PIN-код: пальцем или лицом его не открыть.</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>«Блокировка входа» заставляет телефон требовать PIN-код, и ничто не показывает её, пока ею не воспользуются.</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>Кнопка «Блокировка входа» может быть скрыта из меню кнопки питания</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>Для «Блокировки входа» нужна блокировка экрана</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>«Блокировка входа»: телефон открывается только PIN-кодом</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>Посмотрите сертификаты, добавленные на телефон</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>Посмотреть телефон и объяснить, что найдено. Ничего не меняется.</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>Сначала посмотреть, ничего не меняя; шпионскими приложениями заниматься только после плана безопасности; затем — только изменения, которые следящий не заметит.</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>Сначала посмотрите, пока ничего не меняйте</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>Составить план безопасности, прежде чем удалять шпионское приложение</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>Составить план безопасности, прежде чем что-либо удалять</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>Включите исчезающие сообщения в каждом мессенджере</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>Сделать так, чтобы телефон забыл компьютер</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>Сделать так, чтобы экран гас быстрее</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>Возможно, изменены: сеанс прервался до того, как их удалось проверить</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>Текст сообщений на экране блокировки</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>Сообщения</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>Сообщения можно прочитать на заблокированном телефоне</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>Сообщения от клиентов, записи на встречи и коды видны на экране блокировки. Любой, у кого в руках телефон (полиция, партнёр, клиент), может прочитать их без вашего PIN-кода.</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>Сообщения на экране блокировки: не удалось прочитать</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>Сообщения, которые полиция прочтёт первыми: {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>Сообщения, фото, контакты и история приложений могли быть прочитаны или скопированы, даже если телефон вернут.</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger: используйте исчезающие сообщения</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>Мессенджеры: не удалось прочитать</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Модель</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>Подключено больше одного телефона ({serials}). Отключите остальные или выберите один.</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Motorola One Vision на Android 10: блокировка паролем, резервное копирование выключено, автосинхронизация выключена, старое приложение для знакомств, VPN и клавиатура, установленная из файла.</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>НЕ зашифрован</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>Никогда</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>Никогда не ставьте галочку «Больше не показывать», когда приложение просит записать экран</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>Теперь подключитесь: укажите --connect с адресом под «IP-адрес и порт» на экране «Отладка по Wi-Fi» телефона (или выполните 'adb connect HOST:PORT'), затем используйте --adb-server --serial HOST:PORT.</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>Нет VPN, настроенного на постоянную работу</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>Ни одна служба специальных возможностей не работает тайно</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>Ни один аккаунт не копирует контакты, календарь, фото или сообщения</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>Ни один аккаунт не копирует данные с этого телефона в интернет.</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>На этом телефоне нет аккаунтов</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>Ни одно приложение не ведёт себя как шпионское</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>Ни одно приложение не может видеть ваш экран и управлять им</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>На этом телефоне нет ни одного приложения из списка hardener: облачных хранилищ фото и файлов и резервного копирования чатов.</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>Ни у одного приложения нет прав администратора устройства</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>Ни одно приложение, установленное вручную, не прячется из списка приложений.</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>Ни одно приложение, установленное не из магазина, не прячется из списка приложений, читая экран или уведомления или имея права администратора.</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>На этом телефоне нет приложений, похожих на переводчик. История переводов в браузере не проверяется.</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>Ни одно приложение не выдаёт себя за часть Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>Ни одно приложение не читает ваши уведомления</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>Ни одно установленное вами приложение не может показываться поверх других</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>Ни у одного установленного вами приложения нет доступа к личным данным</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>Ни одно установленное вами приложение не видит, какими приложениями вы пользуетесь</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>Ни одно установленное вами приложение не может записывать экран без вопроса</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>На телефон не добавлено ни одного сертификата</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>Облачных приложений для фото или резервных копий не найдено</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>Ни один компьютер не может подключиться к телефону для отладки по Wi-Fi.</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>Ни один компьютер не сохраняет доступ к отладке по USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>Ни одно приложение знакомств не знает точно, где вы</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>Браузер по умолчанию не выбран</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>Разблокировки по лицу нет; разблокировку по отпечатку пальца не удалось прочитать</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>Разблокировки по отпечатку пальца и по лицу нет</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>Разблокировки по отпечатку пальца нет; разблокировку по лицу не удалось прочитать</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>Известных сталкерских (шпионских) программ не найдено</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>Не установлено ни одного мессенджера, известного hardener</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>На экране блокировки нет уведомлений</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>Других компьютеров с доступом нет. У этого доступ останется и после встречи, если его не отозвать: сделайте это, когда hardener закончит.</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>Телефон не найден. Подключите телефон USB-кабелем, который передаёт данные, разблокируйте его и проверьте, что отладка по USB включена.</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>По USB не найден ни один телефон с включённой отладкой по USB.</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>Нет прокси и нет VPN не из магазина</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>Ни одно приложение безопасности не отключено</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>Ни соцсети, ни приложения для знакомств не могут читать ваши контакты</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>Это приложение не проверял ни один магазин. Шпионские приложения часто ставят на телефон именно так — тот, у кого телефон был в руках. Если вы не устанавливали его сами, пока не удаляйте: сначала сохраните доказательства и обратитесь за помощью.</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>Приложений-переводчиков не найдено</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>Сейчас не используется ни одно надёжное место или устройство. Если вы никогда специально их не настраивали, выключите Smart Lock, чтобы он не включился позже.</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Не исправлено</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>Неясно</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>Не затронуто: %n изменение в шпионском приложении. Изменения в нём могут предупредить того, кто его установил: сначала посмотрите план безопасности. (Их включит только --touch-spying-apps.)</numerusform>
    <numerusform>Не затронуто: %n изменения в шпионском приложении. Изменения в нём могут предупредить того, кто его установил: сначала посмотрите план безопасности. (Их включит только --touch-spying-apps.)</numerusform>
    <numerusform>Не затронуто: %n изменений в шпионском приложении. Изменения в нём могут предупредить того, кто его установил: сначала посмотрите план безопасности. (Их включит только --touch-spying-apps.)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>Примечание: прошлое применение изменений на этом телефоне было прервано. Эти изменения записаны на телефоне:
      выполните 'hardener undo' с тем же кодом восстановления, чтобы вернуть прежние настройки, или примените изменения снова, чтобы закончить.</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>Примечание: запущен сервер adb (порт {port}, процесс {pid}); он может занимать телефон. Работайте через него с помощью 'hardener devices --adb-server' и --adb-server, или hardener спросит вас, прежде чем его остановить.</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>Примечание: {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>По адресу {address} никто не отвечает. Проверьте, что телефон и этот компьютер в одной сети Wi-Fi, что на телефоне в «Параметрах разработчика» включена «Беспроводная отладка», и что адрес и порт — те, что телефон показывает сейчас (порт каждый раз меняется).</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>Ничего не найдено</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>В том, что удалось проверить, ничего не найдено.</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>В аккаунт ничего не копируется, пока вы сами не запустите синхронизацию.</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>Применять нечего: телефон уже соответствует этому профилю.</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>Менять нечего.</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>На этом телефоне ничего не изменено.</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>Ничего не изменено, поэтому данные для восстановления на телефоне не хранятся (код не нужен).</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>Ничего не изменено, поэтому восстанавливать нечего.</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>Ничего не изменено.</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>Доступ к уведомлениям: не удалось прочитать</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>Уведомления на экране блокировки</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>Уведомления видны на экране блокировки, но без текста</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>Сейчас: {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>Выкл.</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>Старый Motorola Moto G6 на Android 9: нет блокировки экрана, нет шифрования, отладка по USB включена, Play Protect выключен, а также сталкерское приложение, установленное не из магазина, с доступом к специальным возможностям и уведомлениям и с правами администратора устройства.</translation>
  </message>
  <message>
   <source>On</source>
   <translation>Вкл.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>В Android 11 и новее кнопка «Блокировка входа» появляется в меню кнопки питания, как только задан PIN-код, пароль или графический ключ.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>В Android 11 и новее кнопка «Блокировка входа» появляется в меню кнопки питания, когда задана блокировка экрана. На этом телефоне старый переключатель выключен, а некоторые телефоны всё ещё его слушаются. Проверьте меню кнопки питания.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>В Android 11 и новее кнопка «Блокировка входа» есть в меню кнопки питания всегда, когда задана блокировка экрана, как здесь. Если телефон могут забрать, удерживайте кнопку питания и нажмите «Блокировка входа».</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>На любом телефоне или компьютере откройте myactivity.google.com, войдите в аккаунт и удалите действия в Google Переводчике. Очистка приложения эту копию не удаляет.</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>На любом телефоне или компьютере войдите в аккаунт, которым пользуется ваше приложение-переводчик, и удалите сохранённые переводы и историю действий (для аккаунта Google: myactivity.google.com). Очистка приложения не удаляет эту копию.</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>На телефоне откройте «Настройки» → «Для разработчиков» и нажмите «Отозвать доступ для отладки по USB». Затем выключите режим разработчика переключателем вверху этого экрана. (Если вы не нашли «Для разработчиков», этот режим уже выключен.)</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>Один аккаунт для работы и личной жизни связывает их между собой.</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>Один номер на этом телефоне</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>Телефон, на котором обе жизни, выдаёт обе, когда его забирают.</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>Один профиль на этом телефоне</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>Устанавливать приложения могут только магазины приложений</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>Доступ к отладке по USB есть только у этого компьютера</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>Откройте Google Фото, нажмите на фото профиля, затем «Настройки Google Фото» → «Резервное копирование». Если оно включено, каждое фото и видео уходит в ваш аккаунт Google. Выключите его, если этот аккаунт небезопасен.</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>Откройте «Настройки» → «Специальные возможности». Найдите приложение (оно может быть в разделе «Установленные приложения» или «Скачанные приложения») и выключите его.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>Откройте «Настройки» → «Аккаунты» (или «Пароли и аккаунты»). Удалите все аккаунты, которых вы не знаете. Смените пароль от каждого аккаунта, который может знать кто-то ещё.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>Откройте «Настройки» → «Учётные записи и архивация» → «Samsung Cloud». Посмотрите, что попадает в резервную копию и синхронизируется: сообщения, журнал звонков, фото. Выключите то, что должно оставаться только на телефоне.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>Откройте «Настройки» → «Аккаунты» → каждый аккаунт → «Синхронизация аккаунта». Выключите «Контакты», «Сообщения» и «Фото» там, где они вам не нужны.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>Откройте «Настройки» → «Аккаунты» → этот аккаунт → «Синхронизация аккаунта». Выключите то, что должно оставаться только на телефоне, например контакты и сообщения.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>Откройте «Настройки» → «Аккаунты». Удалите личные аккаунты с рабочего телефона, а рабочие — с личного.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>Откройте Настройки, затем Аккаунты. Удалите рабочие аккаунты, которые не понадобятся в поездке; войдите снова по прибытии. Сначала убедитесь, что помните каждый пароль.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>Откройте «Настройки» → «Аккаунты». Выключите «Автосинхронизация данных» (это может быть в меню вверху). Синхронизировать вручную можно и потом, когда захотите.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>Откройте «Настройки» → «Приложения» и найдите это приложение. Если вы его не устанавливали, сохраните доказательства и обратитесь за помощью, прежде чем удалять его.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>Откройте Настройки, затем Приложения, покажите системные приложения, откройте приложение и нажмите «Включить». Если вы его не отключали, это мог сделать кто-то другой: сначала сохраните доказательства.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>Откройте Настройки, затем Приложения, затем Приложения по умолчанию. Проверьте, что приложения для SMS и для звонков выбрали вы сами.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>Откройте «Настройки» → «Приложения» → «Специальный доступ» → «Поверх других приложений». Выключите для приложений, которым это не нужно.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>Откройте «Настройки» → «Приложения» → «Специальный доступ» → «Установка неизвестных приложений». Выключите для этого приложения.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>Откройте «Настройки» → «Приложения» → «Специальный доступ» → «Доступ к истории использования». Выключите для приложений, которым это не нужно.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>Откройте Настройки, Приложения, нужное приложение, Разрешения, Местоположение. Отключите «Точное местоположение» и выберите «Разрешить только при использовании приложения».</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>Откройте «Настройки» → «Приложения» → это приложение → «Разрешения» → «Контакты». Выберите «Запретить». В настройках самого приложения также выключите загрузку или синхронизацию контактов и удалите контакты, которые оно уже загрузило.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>Откройте «Настройки» → «Приложения» → это приложение → «Разрешения». Выберите «Запретить» для того, что ему не нужно. Если приложению что-то действительно нужно, оно спросит снова.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>Откройте «Настройки» → «Приложения». Про каждое незнакомое приложение спросите, кто его установил. Если оно может шпионить, удаляйте его только после того, как составите план безопасности.</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>Откройте Настройки, затем «Для разработчиков», и выключите «Отключить тайм-аут авторизации ADB».</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>Откройте «Настройки» → «Экран» → «Время отключения экрана». Выберите 30 секунд.</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>Откройте «Настройки» → «Google» (или «Учётные записи и архивация») → «Резервное копирование». Посмотрите, что сохраняется. Выключите резервное копирование, если аккаунт небезопасен, и удалите там старые копии.</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>Откройте Настройки, Google, Все сервисы, «Защита от кражи». Включите «Проверку личности», «Блокировку при обнаружении кражи» и «Блокировку без сети». Вне доверенных мест для смены PIN-кода или отключения защиты потребуется отпечаток или лицо, а не только PIN-код.</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>Откройте Настройки, Местоположение, затем Службы геолокации (или Повышение точности). Отключите поиск сетей Wi-Fi и поиск Bluetooth-устройств.</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>Откройте Настройки, Сеть (или Подключения, затем Другие настройки), затем Частный DNS. Выберите «Автоматически» или провайдера, которому доверяете.</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>Откройте Настройки, затем Сеть, затем Wi-Fi, нажмите на сеть, затем «Изменить» или «Дополнительно» и выберите для прокси «Нет». Если вы его не настраивали, сначала сохраните доказательства.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>Откройте «Настройки» → «Уведомления» (или «Экран блокировки») → «Уведомления на экране блокировки». Выберите «Не показывать уведомления» или хотя бы «Скрывать конфиденциальные данные».</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>Откройте «Настройки» → «Уведомления» → «Доступ к уведомлениям» (на некоторых телефонах: «Приложения» → «Специальный доступ»). Выключите для этого приложения.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>Откройте «Настройки» → «Безопасность» (или «Биометрия») → «Отпечаток пальца» и «Распознавание лица». Удалите их перед опасной ситуацией или будьте готовы включить «Блокировку входа».</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>Откройте Настройки, затем Безопасность (или Биометрия). Удалите отпечатки и лицо перед поездкой; добавьте снова, когда будете в безопасности.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>Откройте «Настройки» → «Безопасность» (или «Экран блокировки») → «Блокировка экрана». Выберите «PIN-код» и используйте не меньше 6 цифр, которые не являются датой рождения. Графический ключ легко подсмотреть и угадать.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>Откройте «Настройки» → «Безопасность» (или «Экран блокировки») → «Блокировка экрана». Выберите «PIN-код» из 6 цифр или больше или «Пароль». Не используйте дату рождения или номер, который знают другие.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>Откройте «Настройки» → «Безопасность» (или «Экран блокировки») → «Smart Lock» или «Extend Unlock». Введите PIN-код. Удалите надёжные места и надёжные устройства и выключите распознавание того, что телефон при вас.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>Откройте Настройки, Безопасность (или Экран блокировки), шестерёнку рядом с «Блокировка экрана», затем «Блокировать после отключения экрана». Выберите «Сразу» или 5 секунд.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>Откройте Настройки, затем Безопасность (или Безопасность и конфиденциальность), затем Другие настройки безопасности или Шифрование и учётные данные, затем Надёжные сертификаты и вкладку «Пользователь». Если там есть сертификат, который вы не добавляли, сохраните доказательства и обратитесь за помощью, прежде чем удалять его.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>Откройте Настройки, «Безопасность и конфиденциальность», «Расширенная защита». Она блокирует приложения не из Play Маркета, старые сети 2G и новые USB-подключения, пока телефон заблокирован. Приложения, установленные из файлов, могут перестать обновляться: решайте вместе с тем, кто разбирается в телефоне.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>Откройте Настройки, «Безопасность и конфиденциальность», «Личное пространство», «Блокировать автоматически» и выберите «При каждой блокировке устройства».</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>Откройте «Настройки» → «Безопасность» → «Приложения администратора устройства» (на некоторых телефонах: «Другие параметры безопасности»). Выключите незнакомые приложения. Если не получается, обратитесь за помощью.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>Откройте «Настройки» → «Безопасность» → «Приложения администратора устройства». Выключите все незнакомые приложения.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>Откройте «Настройки» → «Безопасность» → «Smart Lock» (или «Extend Unlock»). Удалите надёжные места, устройства и распознавание того, что телефон при вас.</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>Откройте Настройки, Система (или Обновление ПО), затем Обновление безопасности и установите то, что предлагается. Если за год ничего не приходит, телефон больше не обновляется: подумайте о более новом телефоне для работы.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>Откройте «Настройки» → «Система» → «Для разработчиков». Выключите «Не выключать экран».</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>Откройте Настройки, затем Система, затем Язык и ввод, затем Экранная клавиатура. Оставьте только клавиатуры, которые вы выбрали сами.</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>Откройте «Настройки» → «Аккаунт Xiaomi» (или «Mi аккаунт») → «Xiaomi Cloud». Посмотрите, что синхронизируется: сообщения, галерея, контакты, журнал звонков. Выключите то, что должно оставаться только на телефоне.</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>Откройте WhatsApp → «Настройки» → «Чаты» → «Резервная копия чатов». Если в «Резервное копирование на Google Диск» выбрано не «Никогда», ваши чаты копируются туда. Выберите «Никогда», если этот аккаунт небезопасен, и удалите старую копию на Google Диске.</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>Откройте myactivity.google.com в браузере (или приложение Google → фото профиля → «Мои действия»). Выберите Google Переводчик и удалите всё. В разделе «История приложений и веб-поиска» можно выключить сохранение или включить автоудаление через 3 месяца.</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>Откройте Play Маркет (Google Play), нажмите на фото профиля, затем «Play Protect», затем на значок настроек (шестерёнку). Включите «Сканировать приложения с помощью Play Protect».</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>Откройте приложение и найдите в его настройках «Резервное копирование», «Синхронизация» или «Загрузка с камеры». Выключите, если аккаунт небезопасен.</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>Откройте приложение. Найдите «Историю» (часто в меню или под фото профиля) и удалите её полностью. В настройках приложения выключите сохранение истории, если можно. Удалите также сохранённые и отмеченные звёздочкой фразы.</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>Откройте настройки камеры и отключите «Сохранять местоположение» (или Геотеги). Или откройте Настройки, Приложения, Камера, Разрешения, Местоположение: «Запретить».</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>Откройте приложение-переводчик, зайдите в «Историю» (или нажмите на значок часов) и удалите её. Выключите «Сохранять историю», если в приложении это есть.</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>Другие компьютеры могут использовать отладку по USB на этом телефоне</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>PIN-код</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>PIN-код или пароль</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>Сопряжение выполнено через программу Google adb ({adb}, версия {version}): {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>Для сопряжения с кодом нужна программа Google «adb» (Android SDK Platform-Tools), а hardener не нашёл её на этом компьютере. Установите Platform-Tools с сайта Google для разработчиков Android и попробуйте снова. Или подключите телефон кабелем USB.</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>Разрешения приложения {app}: не удалось прочитать</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>Телефон блокируется после отключения экрана</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>Номер телефона</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>Проверка безопасности телефона</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>Телефон:</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>Телефоны, которые доверяли этому компьютеру, снова спросят «Разрешить отладку по USB?».</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>Фото и контакты в облаке можно запросить и без телефона.</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>Pixel 6a на Android 13 со сталкерским приложением, переименованным под обновление системы: выдаёт его только сертификат подписи.</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>Play Защита проверяет приложения</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>Play Protect проверяет приложения на вред. Те, кто ставит на телефон шпионские приложения, часто сначала его выключают. Если вы его не выключали, это мог сделать кто-то другой.</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>Play Protect не проверяет приложения</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>Play Protect выключен</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>Play Protect включён</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>Play Protect предупреждает об известных шпионских приложениях.</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>Play Protect, который проверяет приложения на вред, входит в Google Play. Без него устанавливайте приложения только из магазина, которому доверяете, и только знакомые приложения.</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect: не удалось прочитать</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>Полиция, держа телефон, может прочитать сообщения клиентов на экране.</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>Полиция первым делом читает сообщения; исчезающих сообщений уже нет, и читать нечего.</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>Полиция читает историю переводов, чтобы доказать, чем люди зарабатывают.</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>Полиция, забрав телефон, первым делом читает сообщения. Исчезающих сообщений уже нет, и читать нечего. У каждого приложения свой переключатель: шаги подскажут, где он.</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>Учебный телефон «{name}» ждёт подключения по адресу {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>Учебный телефон (имитация, не настоящий)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>Потренироваться включать «Блокировку входа»</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>Нажмите и удерживайте кнопку питания (на некоторых телефонах: кнопку питания и кнопку увеличения громкости вместе), затем нажмите «Блокировка входа». Теперь телефон открывается только вашим PIN-кодом или паролем: без отпечатка пальца, без лица, без Smart Lock и без сообщений на экране блокировки. Или выключите телефон.</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>Частный DNS</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>Частный DNS: автоматически</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>Частный DNS выключен</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>Частный DNS использует выбранного вами провайдера</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>Частный DNS: не удалось прочитать</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>Личное пространство блокируется</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>Профиль: {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>Профили на телефоне: не удалось прочитать</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>Прокси и VPN: не удалось прочитать</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>Проведите вниз от верха экрана и нажмите «Местоположение», чтобы выключить, или откройте Настройки, затем Местоположение. Включайте снова, только когда нужна карта или такси.</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>Прочитайте каждый пункт вместе с человеком. Начните с самых серьёзных, вверху.</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>Прочитать результаты вместе</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>Прочитайте, что нашла проверка, прежде чем что-то менять. Поговорите с организацией секс-работников или службой поддержки, которой доверяете, и вместе составьте план безопасности.</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>Регистрируйтесь в приложениях знакомств и объявлений только с рабочим номером, не с личным. Подойдёт вторая SIM-карта, второй телефон или номер из приложения для звонков.</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>Постоянная работа с приложениями-переводчиками</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>Уберите разблокировку отпечатком и лицом на время поездки</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>Уберите прокси</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>Ключ этого компьютера удалён из хранилища ключей. Телефоны, которые ему доверяли, снова спросят «Разрешить отладку по USB?».</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>Удалено: {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>Удаление шпионского приложения может предупредить того, кто его установил. Сначала поговорите с человеком, которому доверяете, или со службой поддержки. Прежде чем что-то менять, запишите, что вы нашли.</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>Удаление шпионского приложения или изменение настроек может предупредить следящего и сделать ситуацию опаснее.</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>Удаление этого приложения может предупредить того, кто его поставил, и этот человек может стать опасным. Сначала поговорите с тем, кому доверяете, или со службой поддержки. Продумайте, где вы будете в безопасности и кто может помочь.</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>Заменить SIM-карту</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>Отчёт сохранён: {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>Восстановлено: {restored} из {total}.</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>В конце отзовите разрешения на отладку по USB</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>Работающие службы специальных возможностей: не удалось прочитать</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>SIM-карты: не удалось прочитать</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51 на Android 11: графический ключ со Smart Lock, начало сообщений видно на экране блокировки, Google Переводчик каждый день, контакты синхронизируются с Google и Samsung, приложения для знакомств и соцсети читают контакты.</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>Сохраните отчёт об этом визите на компьютере или у человека, которому доверяете, а не на этом телефоне. Запишите дату и названия найденных приложений.</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>На этом телефоне отказались от проверки приложений на вред. Если отказались не вы, это мог сделать кто-то другой. Включите проверку.</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>Поиск сообщает приложениям, где вы, даже при выключенных Wi-Fi и Bluetooth.</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>Блокировка экрана и настройки телефона</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>Блокировка экрана:</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>Блокировка экрана: не удалось прочитать</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>Блокировка экрана: {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>Запись экрана: не удалось прочитать</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>Экран не гаснет во время зарядки</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>Время отключения экрана: не удалось прочитать</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>Экран гаснет через</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>Приложения безопасности: не удалось прочитать</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>Обновление безопасности:</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>Обновления безопасности свежие</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>Обновления безопасности: не удалось прочитать</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>Серийный номер</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>Серийный номер:</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>Установить PIN-код из 6 цифр или больше</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>Установить надёжную блокировку экрана</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>Показывать кнопку «Блокировка входа» в меню кнопки питания</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>Показано</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>Выйти из аккаунтов на всех устройствах</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>Выйдите из рабочих аккаунтов на время поездки</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal: включите исчезающие сообщения</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Пропущено</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>Smart Lock может держать телефон разблокированным</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>Smart Lock выключен</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>Smart Lock включён, но сейчас не держит телефон разблокированным</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>Smart Lock держит телефон открытым в «надёжных» местах, рядом с «надёжными» устройствами или пока телефон при вас. Именно тогда его и могут у вас забрать — открытым.</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>Smart Lock держит телефон открытым дома или рядом с вашими часами — именно тогда, когда его могут забрать.</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock: не удалось прочитать</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>Соцсети и ваши контакты: не удалось прочитать</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>Для некоторых изменений прежние настройки восстановить нельзя:</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>Кто-то добавил на телефон сертификат</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>Тот, у кого в руках заблокированный телефон, видит, от каких приложений пришли сообщения, но не сами сообщения. Чтобы скрыть всё, выключите уведомления на экране блокировки.</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>По адресу {address} что-то ответило, а потом перестало отвечать или закрыло соединение. На телефоне проверьте, что «Беспроводная отладка» включена и что адрес и порт — те, что он показывает сейчас. Если телефон просит сопряжение с кодом, hardener не умеет делать это сам: подключите USB-кабель или выполните сопряжение телефона с программой adb от Google и подключайтесь через неё.</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>Что-то пошло не так.</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>Шпионские приложения часто устанавливают вручную, не из магазина приложений.</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>Шпионские приложения часто устанавливают не из магазина приложений.</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>Шпионские приложения: не удалось прочитать</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>Сталкерские и шпионские приложения</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>Экран на зарядке: не удалось прочитать</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>Всё ещё на телефоне, НЕ стёрто: {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>Осталось сделать вручную</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>Запретить приложениям показываться поверх других</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>Запретить приложениям устанавливать приложения</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>Запретить приложениям устанавливать другие приложения</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>Запретить приложениям читать ваши уведомления</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>Запретите приложениям записывать экран без вопроса</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>Запретить соцсетям и приложениям для знакомств читать ваши контакты</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>Остановить другую программу adb сейчас?</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>Запретите телефону искать Wi-Fi и Bluetooth</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>Остановлено.</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>Итог: {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>Снова включить Play Protect</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>Выключайте геолокацию, когда она не нужна</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>Выключить «Не выключать экран»</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>Выключить резервное копирование Android в облако</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>Выключить Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>Отключите поиск Wi-Fi и Bluetooth</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>Выключить доступ к специальным возможностям, которым вы не пользуетесь</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>Выключить специальные возможности для незнакомых приложений</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>Выключить автосинхронизацию</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>Выключить режим разработчика, когда закончите</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>Выключить доступ к уведомлениям для незнакомых приложений</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>Отключите точное местоположение для приложений знакомств</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>Включите проверку личности и защиту от кражи</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>Включите частный DNS</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>Выключить телефон</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>Выключите телефон перед паспортным контролем и включите только после. Выключенный телефон открывается только PIN-кодом.</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>Выключите телефон перед границей</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>Выключить телефон, если возможен обыск</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>Отключить доступ к контактам</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>Отключить разрешения, которые приложению не нужны</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>Отключите камере доступ к местоположению</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>Отключить микрофон и контакты для приложений-переводчиков</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>Отберите камеру и микрофон у приложений, которым они не нужны</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>Отключить приложениям доступ к истории использования</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram: используйте автоудаление</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>Предупредить людей, с которыми вы общаетесь</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>Предупредите свои группы и близких, чтобы они могли защититься. Если можете, удалите этот номер из групповых чатов.</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>SMS никогда не исчезают сами. Перед опасным моментом удалите переписку с клиентами в приложении «Сообщения» и попросите клиентов пользоваться мессенджером с исчезающими сообщениями.</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>SMS: удаляйте ненужное</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>SMS и звонки получают приложения, которые входят в состав телефона.</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>Это папка; укажите имя файла, которое заканчивается на .pdf или .html: {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>Программа «adb» на этом компьютере (версия {version}, {path}) не умеет подключать по коду: это появилось в версии 30 Google Platform-Tools, в 2020 году. Пакет «adb» в Debian и Ubuntu — версии 29, в нём этого нет. Установите текущие Google Platform-Tools или подключите телефон кабелем USB.</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>Программа «adb» на этом компьютере слишком старая или отвечает не так, как ожидалось (версия сервера {version}; hardener нужна версия {needed} или новее). Установите актуальные Android SDK Platform-Tools и попробуйте снова.</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>Сервер программы «adb» не запущен на этом компьютере (порт {port}). Запустите его командой «adb start-server» или подключитесь без сервера adb.</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>Личное пространство остаётся открытым после блокировки телефона</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>Приложения для SMS и звонков были на телефоне изначально</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>К серверу adb (порт {port}) не подключён ни один телефон.</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>На сервере adb нет телефона «{serial}». Телефоны, которые у него есть: {serials}. Проверьте имя командой «adb devices».</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>Сервер adb сообщает: {said} (состояние: {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>Камера и геолокация: не удалось прочитать</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>Камера может использовать ваше местоположение, и каждое фото хранит, где оно сделано. Отправленное или опубликованное фото может показать, где вы живёте или работаете.</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>Камера не может сохранять, где сделаны фото</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>Команды для этого телефона слишком длинные, чтобы пройти через сервер adb ({size} байт; он передаёт не больше {limit}). Подключитесь к телефону напрямую, без сервера adb.</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>Связь с телефоном потеряна (выдернули кабель?). Подключите его снова: ничего не потеряно, а всё незаконченное можно завершить или восстановить прежние настройки.</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>Браузер по умолчанию: {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>Папки для отчёта не существует: {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>Не удалось использовать файл индикаторов {file}: {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>Ключ, который hardener хранит в связке ключей этого компьютера, повреждён, поэтому hardener остановился и оставил его как есть. Чтобы начать заново с новым ключом, выполните команду «hardener forget-key»; после этого телефоны снова спросят «Разрешить отладку по USB?».</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>Ключ удалён из хранилища ключей.</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>Клавиатура была на телефоне изначально</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>Используемая клавиатура — часть телефона.</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>Связка ключей, где hardener хранит свой ключ, заблокирована. Разблокируйте её (в Linux: откройте «Пароли и ключи» и разблокируйте «Вход», или выйдите из системы и войдите снова), затем попробуйте ещё раз.</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>Последнему обновлению безопасности {months} мес.</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>Связка ключей macOS, где hardener хранит свой ключ, заблокирована. Откройте приложение «Связка ключей» и разблокируйте связку «вход» (или выйдите из системы и войдите снова), затем попробуйте ещё раз.</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>Сначала самое срочное. В каждом пункте сказано, что мог бы увидеть или сделать тот, у кого в руках этот телефон.</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>Имена сайтов и приложений, которыми вы пользуетесь, передаются без шифрования, и сеть, к которой вы подключены, может их прочитать. Android может шифровать их сам.</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>Телефон делает резервную копию в облако</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Телефон не принял сопряжение. На телефоне снова нажмите «Подключить устройство с помощью кода подключения» и введите новый код и адрес с портом (они меняются каждый раз), пока это окно ещё открыто. Телефон и этот компьютер должны быть в одной сети Wi-Fi.</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>Телефон не дал доступ этому компьютеру. Отключите и снова подключите его, разблокируйте и нажмите «Разрешить», когда он спросит.</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>Телефон не выключил отладку по USB: {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>Телефон не отвечает. Отключите его, подключите снова и разблокируйте. Если это не поможет, перезагрузите телефон.</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>Телефон не копирует данные приложений в аккаунт.</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>У телефона нет блокировки, которую можно ждать</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>Телефон ещё не дал доступ этому компьютеру. Разблокируйте телефон и нажмите «Разрешить» в окне «Разрешить отладку по USB?».</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>Телефон не хранит разрешение на отладку по USB ни для одного компьютера, включая этот.</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>Телефон постоянно ищет Wi-Fi и Bluetooth</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>Телефон блокируется через {seconds} с после отключения экрана</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>Телефон отклонил это изменение: производитель запрещает его с компьютера. Его можно сделать вручную в настройках телефона.</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>Телефон не смог сохранить файл. Проверьте, есть ли на нём свободное место.</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>Телефон сообщил имя, которому hardener не доверяет ({kind}). Оно пропущено.</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>Телефон остаётся открытым {minutes} мин после отключения экрана</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>Телефон остаётся открытым {seconds} с после отключения экрана</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>Телефон слишком долго не отвечал. Проверьте кабель и что телефон разблокирован.</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>Телефон доверяет компьютерам для отладки по USB (число: {count}) и не сообщает, есть ли среди них этот и какой. Отзовите разрешения, когда hardener закончит.</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>Телефон доверяет только сертификатам, которые были на нём изначально.</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>Интернет телефона не идёт через прокси или VPN-приложение, установленное вручную.</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>Память телефона зашифрована</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>Память телефона не зашифрована</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>Профиль {file} повреждён: правило {rule}, поле {field}: {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>Данных, нужных для восстановления прежних настроек, больше нет на телефоне, поэтому их нельзя восстановить автоматически. Вы можете вернуть каждую настройку вручную.</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>Запись о том, что изменено, хранится на самом телефоне, а не на компьютере.</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>Файл отчёта должен заканчиваться на .pdf или .html: {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>Отчёт не сохранён на телефоне: на нём найдено шпионское приложение, или hardener не смог проверить, есть ли оно. Такое приложение может прочитать отчёт и предупредить того, кто его поставил.</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>Отчёт будет сохранён в папке Download на телефоне. Любой, кто будет обыскивать телефон, сможет его там прочитать. Удалите его, когда он станет не нужен.</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>Надёжнее всего отдельный телефон для работы. Если телефон один, используйте для работы отдельную SIM-карту или номер, WhatsApp Business или второй мессенджер только для работы и никаких личных фото в рабочих приложениях.</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>Экран гаснет и во время зарядки</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>Блокировка экрана — графический ключ</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>Для блокировки экрана достаточно провести пальцем</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>Экран гаснет и блокируется только через {minutes} мин.</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>Экран гаснет и блокируется только через {seconds} сек.</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>Экран не гаснет во время зарядки</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>Экран гаснет через {seconds} сек.</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>Приложения безопасности на этом телефоне включены.</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>Самые надёжные настройки экрана блокировки, очищенная история переводов и шаги перед обыском.</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>Данные для восстановления стёрты (проверено): на телефоне не осталось ничего из того, что записал hardener.</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>Данные для восстановления стёрты: теперь их на телефоне нет.</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>Не удалось прочитать на телефоне данные для восстановления, поэтому в отчёте нельзя указать, что было изменено.</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>Данные для восстановления на этом телефоне повреждены, поэтому они не будут использованы. Их можно стереть и проверить настройки телефона вручную.</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>Данные для восстановления остаются на телефоне, закрытые кодом восстановления. Тот, кто обыскивает телефон, может увидеть, что там есть файл, но не сможет прочитать его без кода.</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>Рабочим профилем на этом телефоне управляет его администратор, часто работодатель. Он видит приложения и данные в этом профиле. Не держите там ничего личного.</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>На этом телефоне нет Google Play</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>Учебного телефона «{name}» нет. Учебные телефоны: {names}.</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>Профиля «{name}» нет. Профили: {names}.</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>Блокировки экрана нет</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>На этом телефоне нечего восстанавливать.</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>В хранилище ключей не было ключа.</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>Ключа для удаления не было.</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>Сохранённых настроек не было.</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>Эти данные копируются на серверы аккаунта. Любой, кто войдёт в аккаунт, или компания по запросу полиции может прочитать их без вашего телефона.</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>Это нужно сделать вам самим на телефоне. Каждый шаг занимает минуту-две.</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>Подумайте о расширенной защите</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>Подумать о разблокировке по отпечатку пальца и по лицу</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>Подумать, прежде чем стирать телефон удалённо</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>Эта версия Android не сообщает, какой браузер выбран по умолчанию</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>Эта версия Android не сообщает, какая блокировка установлена. Если это графический ключ, замените его на PIN-код из 6 цифр или больше или на пароль.</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>Эта версия Android не показывает, каким компьютерам она доверяет для отладки по USB. Доступ может быть и у других компьютеров. Отзовите все разрешения, когда hardener закончит.</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>В этой версии Android нет расширенной защиты</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>В этой версии Android нет проверки личности</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>В этой версии Android нет кнопки «Блокировка входа»</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>Этот телефон Xiaomi отклоняет изменения с компьютера, пока не включено «Отладка по USB (Настройки безопасности)». Откройте Настройки, затем Параметры разработчика, включите его (телефон может попросить войти в Mi аккаунт) и нажмите «Повторить».</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>Это приложение может всё время знать, где вы, или читать ваши SMS и журнал звонков. Большинству приложений это не нужно. Отключите то, что ему не нужно.</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>Это приложение может показывать свои окна поверх других приложений. Вредные приложения так показывают поддельные экраны и крадут PIN-код или пароль. Этим пользуются и всплывающие чаты, и кнопки перевода.</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>Это приложение установлено не из магазина приложений, и у него есть доступ к вашим личным данным. Так работают шпионские приложения. Если вы не знаете это приложение, сохраните доказательства и обратитесь за помощью, прежде чем удалять его.</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>У этого приложения имя, которое используют только собственные приложения Android, но его не было на телефоне изначально. Шпионские приложения прячутся за такими именами. Пока не удаляйте его: если оно следит, удаление может предупредить того, кто его установил. Сначала сохраните доказательства и составьте план безопасности.</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>Это приложение сделано для слежки за телефоном, например как «родительский контроль». Если вы не устанавливали его сами, возможно, кто-то следит за тем, что вы делаете. Пока не удаляйте его: сначала сохраните доказательства и составьте план безопасности.</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Это приложение есть в открытых списках сталкерских программ: они прячутся на телефоне и отправляют другому человеку сообщения, местоположение, фото и звонки. Пока не удаляйте его: это может предупредить того, кто его установил. Сначала сохраните доказательства и составьте план безопасности.</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Это приложение выбрано как постоянный VPN, поэтому всё, что отправляет телефон, проходит через него. Оно установлено не из магазина. Если вы его не выбирали, пока не удаляйте его: если оно следит, удаление может предупредить того, кто его установил. Сначала сохраните доказательства и составьте план безопасности.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Это приложение выбрано по умолчанию для SMS или звонков, поэтому получает их все, и коды входа тоже. Его не было на телефоне изначально. Если вы выбрали его сами, убедитесь, что доверяете его создателю.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Это приложение выбрано по умолчанию для SMS или звонков, поэтому получает их все, и коды входа тоже. Оно установлено не из магазина. Пока не удаляйте его: если оно следит, удаление может предупредить того, кто его установил. Сначала сохраните доказательства и составьте план безопасности.</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>Это приложение может ставить на телефон новые приложения. Так часто попадают на телефон шпионские приложения. Если вы не устанавливаете через него приложения специально, отключите это разрешение.</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>Это приложение может записывать или транслировать всё на экране, включая шоу и переписку, не спрашивая вас. Записи шоу используют для шантажа. Оставьте это только приложению, которое вы выбрали.</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>Это приложение защищает телефон, например проверяет, не шпионят ли приложения. Его отключили. Шпионские приложения или те, кто их ставит, делают так, чтобы их не нашли.</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>Это приложение видит каждое уведомление: начало сообщений, коды, записи на встречи, кто звонит. Шпионские приложения этим пользуются. Оставляйте этот доступ только нужным приложениям, например приложению для смарт-часов.</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>Это приложение загружает ваш список контактов на свои серверы, где посторонние могут узнать, под какими именами люди записали номер телефона. Номера ваших клиентов и коллег и имена, под которыми вы их записали, уходят с телефона.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Это приложение установлено не из магазина и не видно в списке приложений, поэтому его легко не заметить. Вы его знаете? Шпионские приложения часто так прячутся. Пока не удаляйте его: если оно следит, удаление может предупредить того, кто его установил. Сначала сохраните доказательства и составьте план безопасности.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Это приложение установлено не из магазина, не имеет значка в списке приложений и может делать то же, что шпионские программы: {powers}. Именно это ищут специалисты. Пока не удаляйте его: если оно следит, удаление может предупредить того, кто его установил. Сначала сохраните доказательства и составьте план безопасности.</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>Этот браузер хранит историю и входы в аккаунты, и их прочтёт любой, кто откроет телефон. Для работы приватный браузер хранит меньше; или пользуйтесь режимом инкогнито и очищайте историю.</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>Прежнюю настройку нельзя будет восстановить.</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>Этот компьютер не даёт hardener пользоваться USB-портом. В Linux установите пакет «android-sdk-platform-tools-common» (он добавляет правила для USB), затем снова подключите телефон.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>На этом компьютере нет надёжного места для ключа hardener (хранилища ключей, «keyring»). В Linux установите и разблокируйте GNOME Keyring или KWallet (например: sudo apt install gnome-keyring) и попробуйте снова. hardener никогда не хранит ключ в обычном файле.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>На этом компьютере нет надёжного места для ключа hardener: hardener хранит его в диспетчере учётных данных Windows, а он не ответил. Войдите в Windows под своей учётной записью (не гостевой) и попробуйте снова. hardener никогда не хранит ключ в обычном файле.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>На этом компьютере нет надёжного места для ключа hardener: hardener хранит его в связке ключей macOS, а она не ответила. Откройте приложение «Связка ключей», проверьте, что связка «вход» есть и разблокирована, и попробуйте снова. hardener никогда не хранит ключ в обычном файле.</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>В этой копии hardener нет его профилей (ситуаций, для которых он готовит изменения). Установите hardener заново.</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>Это не удалось изменить с компьютера.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>У этого приложения знакомств есть ваше точное местоположение. Полиция использовала приложения знакомств, чтобы находить секс-работников. Приблизительного местоположения хватает, чтобы знакомиться рядом.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>У этого приложения знакомств есть ваше точное местоположение. Полиция использовала приложения знакомств, чтобы находить секс-работников. В этой версии Android нет приблизительного варианта: разрешайте геолокацию только во время использования приложения или не разрешайте вовсе.</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>Это краткий итог проверки безопасности этого телефона: что найдено, что изменено, что вы ещё можете сделать сами и что делать, если телефон когда-нибудь заберут.</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>Это обычное приложение, но его можно использовать и для слежки за человеком: например, это трекер местоположения, запись звонков или удалённое управление. Вы его устанавливали? Зачем?</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>Этот мессенджер по вашим контактам показывает, кто ещё им пользуется, а люди, у которых есть ваш номер, видят, что вы им пользуетесь. Если это может раскрыть, чем вы занимаетесь, пользуйтесь им с отдельным номером.</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>Этот телефон</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>На этом телефоне есть также: {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>На этом телефоне два номера</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>На этом телефоне одна рабочая SIM-карта и один WhatsApp. Если вы работаете с него, держите личный номер на другом телефоне.</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>Этим телефоном управляет {app}</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>На этом телефоне есть закрытые данные об изменениях, сделанных при прошлом визите. С кодом восстановления этот отчёт их перечислит.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>На этом телефоне есть данные для восстановления с прошлого визита. Введите их код восстановления, чтобы ими воспользоваться, или сотрите их (прежние изменения тогда останутся, и восстановить настройки будет нельзя).</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>Этот итог не хранится на компьютере, на котором он сделан. Если сохраните копию, держите её в надёжном месте или удалите, когда она станет не нужна.</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>Этот код восстановления не открывает данные на этом телефоне. Проверьте код и попробуйте снова.</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>Это оставлено как было, потому что не было выбрано.</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>Чтобы восстановить прежние настройки, снова подключите телефон к программе, с помощью которой делалась эта проверка, на любом компьютере, и выберите «Восстановить прежние настройки».</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>Инструменты, которыми полиция вскрывает телефоны, лучше всего работают на телефонах без обновлений безопасности. Старый телефон без обновлений легче вскрыть даже с хорошим PIN-кодом.</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>Инструменты для вскрытия изъятых телефонов лучше всего работают на телефонах без обновлений.</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>Переведено с английской версии руководства.</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>Приложения-переводчики хранят то, что вы написали или сказали, — часто это разговоры с клиентами. Полиция уже использовала эту историю, чтобы доказать, что люди занимаются секс-работой. Почаще её очищайте.</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>Приложения-переводчики: не удалось прочитать</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>Историю переводов читают, чтобы доказать секс-работу, а затем — чтобы депортировать.</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>Переводы в вашем аккаунте: не удалось прочитать</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>История в приложениях-переводчиках</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>Берите в поездку только нужные аккаунты</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>Попробуйте ещё раз; если файл останется, возможно, телефон не даёт его удалить (проверьте хранилище телефона).</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>Включить Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>Включите исчезающие сообщения и удалите ненужные чаты и фото.</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>Снова включите тайм-аут авторизации</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>Снова включите приложение безопасности</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>Две SIM-карты или WhatsApp рядом с WhatsApp Business часто означают работу и личную жизнь на одном телефоне. Если его заберут, обе жизни окажутся в одних руках. Надёжнее всего отдельный рабочий телефон.</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>Отладка по USB и по Wi-Fi включена</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Отладка по USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>Отладка по USB и режим разработчика выключены</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>Отладка по USB и доверенные компьютеры</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>Разрешения на отладку по USB истекают</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>Срок действия отладки по USB: не удалось прочитать</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>Отладка по USB выключена. Соединение прервалось, как и ожидалось.</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>На этом телефоне выключена отладка по USB, поэтому hardener не может с ним работать.</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>Отладка по USB включена</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>Отладка по USB осталась включённой, поэтому можно попробовать ещё раз.</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>Отладка по USB: не удалось прочитать</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>Код восстановления (его показали, когда вносились изменения): </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>Код восстановления для этих изменений: {code}   (запишите его сейчас и храните отдельно от телефона)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>Код восстановления: {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>Восстановить прежние настройки?</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>Разблокируйте телефон и нажмите «Разрешить» в сообщении «Разрешить отладку по USB?»…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>Пока вы снова не введёте PIN-код, отпечаток, лицо и Smart Lock не смогут открыть телефон.</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>Срочно</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>Доступ к истории использования показывает приложению каждое приложение, которое вы открываете, и как долго вы в нём. Шпионские приложения так докладывают о вас. Мало каким приложениям это нужно.</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>Доступ к истории использования показывает, какими приложениями и когда вы пользуетесь.</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>Доступ к истории использования: не удалось прочитать</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>Включать «Блокировку входа», если телефон могут забрать</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>Использовать PIN-код, а не лицо или палец</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>Используйте постоянно включённый VPN</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>Просите о помощи с телефона, о котором следящий не знает</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>Используйте отдельный номер для работы</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>Используйте отдельный телефон или SIM-карту для работы</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>Использовать надёжную блокировку экрана</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>Пользователи/профили:</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN и сеть</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN: не удалось прочитать</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber: включите исчезающие сообщения</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>ВНИМАНИЕ: %n изменение затрагивает шпионское приложение, как вы выбрали (--touch-spying-apps).</numerusform>
    <numerusform>ВНИМАНИЕ: %n изменения затрагивают шпионское приложение, как вы выбрали (--touch-spying-apps).</numerusform>
    <numerusform>ВНИМАНИЕ: %n изменений затрагивают шпионское приложение, как вы выбрали (--touch-spying-apps).</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>Слежка или шантаж со стороны партнёра или клиента</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>В WeChat нет исчезающих сообщений. Перед опасным моментом откройте «Я», Настройки, Общие, «Управление хранилищем» и удалите ненужную историю чатов.</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>WeChat: удаляйте старые чаты</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>Работа на веб-камеру и создание контента</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>Что копируют аккаунты: не удалось прочитать</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>Что изменено</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>Что найдено</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business: включите исчезающие сообщения</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp: включите исчезающие сообщения</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>Когда приложение просит записать или транслировать экран, никогда не ставьте галочку «Больше не показывать». В настройках телефона нет переключателя, чтобы это отменить: пусть hardener заблокирует это, или удалите приложение.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>Когда hardener закончит, откройте Настройки, затем «Для разработчиков» и выключите «Отладку по Wi-Fi».</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>Когда hardener закончит, откройте Настройки, затем «Для разработчиков», нажмите «Отозвать доступ для отладки по USB» и подтвердите. Каждый компьютер, и этот тоже, придётся разрешать заново. Затем выключите отладку по USB.</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>Когда это безопасно, откройте Настройки, затем Безопасность. Посмотрите отпечатки, лицо и доверенные устройства. Удаление того, что добавил другой человек, может его насторожить: сначала продумайте это.</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>Когда VPN обрывается или переподключается, приложения могут на миг подключиться без него. Включите «Блокировать соединения без VPN», чтобы этого не случалось.</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>При блокировке телефона</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>Когда вы вошли в аккаунт, Google может сохранять то, что вы переводите, в вашем аккаунте Google, вне телефона. hardener не видит эту копию и не может её удалить. Вы можете удалить её сами.</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>Откуда установлены приложения: не удалось прочитать</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>Пока телефон на зарядке, его экран не гаснет, и поэтому телефон не блокируется. Кто угодно может взять его с зарядки и пользоваться им.</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>Тот, кто знает пароль от аккаунта, может откуда угодно и без телефона видеть, что в нём хранится (сообщения, фото, контакты, местоположение). Проверьте, что вы знаете каждый аккаунт здесь, и держите рабочие и личные аккаунты отдельно.</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>Почему: {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>Поиск Wi-Fi и Bluetooth выключен</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>Поиск Wi-Fi и Bluetooth: не удалось прочитать</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>Код подключения по Wi-Fi, который показывает телефон: </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>Поиск Wi-Fi при выключенном Wi-Fi</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>Диспетчер учётных данных Windows, где hardener хранит свой ключ, не открылся. Выйдите из Windows и войдите снова, затем попробуйте ещё раз.</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>Windows не даёт hardener самому использовать USB-подключение телефона. Установите Google Platform-Tools и USB-драйвер телефона, один раз выполните «adb devices», затем выберите в списке телефон «через Google adb».</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>Отладка по Wi-Fi выключена</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>Отладка по Wi-Fi включена</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>Отладка по Wi-Fi: не удалось прочитать</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>С проверкой личности тот, кто видел, как вы вводите PIN-код, не сможет одним им сменить блокировку или отключить защиту. На этом телефоне она есть, но не показана включённой.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>Без VPN сеть, к которой вы подключены, видит, какими сайтами и приложениями вы пользуетесь.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>Без VPN сеть, которой вы пользуетесь (отель, Wi-Fi клиента, оператор связи), видит, к каким сайтам и приложениям вы подключаетесь. VPN скрывает это от них.</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>Без блокировки экрана эта задержка ничего не даёт. Сначала установите PIN-код.</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>Без шифрования содержимое телефона можно скопировать специальными инструментами, даже когда он заблокирован. Старые телефоны можно зашифровать в «Настройках»; новые шифруются всегда.</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>Без доступа к микрофону и контактам приложение-переводчик хранит о вас меньше.</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>Работа и личная жизнь</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>Стоит исправить</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>Xiaomi Redmi Note 12 на MIUI 14 (Android 13), где выключена «Отладка по USB (Настройки безопасности)»: изменения разрешений и запись защищённых настроек отклоняются.</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>Вы можете сделать это сами в приложении «Настройки» на телефоне.</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>Это вы делаете на телефоне сами:</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>Понадобится код восстановления, выданный вам, когда вносились изменения.</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>Понадобится этот код восстановления: {code}. Храните эту страницу отдельно от телефона.</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>Ваш аккаунт Google может хранить ваши переводы</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>Ваш интернет идёт через другой компьютер</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>Ваша клавиатура — {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>задан PIN-код, графический ключ или пароль</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>личное пространство</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>приложение-определитель номера</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>облачное приложение</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>приложение для знакомств</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>мессенджер</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>приложение для наблюдения</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>разрешение</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>вторая копия приложений (двойные приложения)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>приложение соцсети</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>шпионское приложение</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>приложение-переводчик</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>рабочий профиль</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>службы специальных возможностей</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>аккаунты</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>разрешено</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>уже сделано</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>приложение</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>магазин приложений</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>другой пользователь</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>значки приложений</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>разрешения приложений</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>подписи и названия приложений</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>память приложений</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>использование приложений</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>приложения</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>резервное копирование</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>заблокировано</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>нательные датчики</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>календарь</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>журнал звонков</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>камера</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>может читать ваши уведомления</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>не может читать ваши уведомления</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>сертификаты, добавленные на телефон</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>очищено</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>компьютеры с доступом к отладке по USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>контакты</translation>
  </message>
  <message>
   <source>default</source>
   <translation>по умолчанию</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>приложения для SMS и звонков по умолчанию</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>браузер по умолчанию</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>администраторы устройства</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>показ поверх других приложений</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>зашифрован</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>зашифрован (шифрование файлов)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>зашифрован (весь диск)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>запись {number} в данных для восстановления повреждена ({problem}); проверьте вручную</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>отпечатки пальцев и лицо</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>введите код подключения (шесть цифр, которые показывает телефон).</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>hardener сравнил каждое приложение на этом телефоне с открытыми списками сталкерских программ. Совпадений нет. Списки неполные: если кажется, что кто-то знает то, чего знать не должен, обратитесь за помощью для более тщательной проверки.</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>hardener не смог прочитать это с телефона, поэтому не может сказать, что там. Пожалуйста, проверьте это на телефоне сами. Что пошло не так: {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>hardener не смог сохранить на телефоне данные для восстановления, поэтому ничего не изменил. Проверьте, есть ли на телефоне свободное место, и попробуйте снова.</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>hardener не нашёл ничего плохого в том, что смог прочитать, но не смог прочитать всё, что для этого нужно, поэтому не может сказать, что всё в порядке. Пожалуйста, проверьте это на телефоне сами. Чего не хватило: {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>В одной из проверок hardener произошла ошибка ({check}), поэтому эта часть телефона не оценена. Пожалуйста, сообщите об этом; остальные результаты остаются в силе.</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>hardener больше ничего не хранит на этом компьютере. Отчёты, которые вы сохранили сами, находятся там, куда вы их сохранили.</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>hardener не знает ни одного мессенджера на этом телефоне. Если вы им пользуетесь, включите в нём исчезающие сообщения.</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>Для работы hardener нужна отладка по USB. Когда закончите, выключите её: с телефона с включённой отладкой легче всё скопировать. Последний шаг, «Завершить», сделает это за вас.</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>история и данные хранятся на телефоне</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>иметь права администратора устройства</translation>
  </message>
  <message>
   <source>location</source>
   <translation>местоположение</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>местоположение всё время</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>заблокирован до ввода PIN-кода</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>macOS не даёт hardener самому использовать USB-подключение телефона. Установите Google Platform-Tools, один раз выполните «adb devices», затем выберите в списке телефон «через Google adb».</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>сообщения</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>микрофон</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>устройства поблизости</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>нет (кто угодно может открыть телефон)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>обычный режим</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>не разрешено</translation>
  </message>
  <message>
   <source>off</source>
   <translation>выключено</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>устарело: спросите об обновлениях</translation>
  </message>
  <message>
   <source>on</source>
   <translation>включено</translation>
  </message>
  <message>
   <source>password</source>
   <translation>пароль</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>графический ключ (легко подсмотреть и угадать)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>приостановлено</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>звонки</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>модель телефона и версия Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>фото</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>фото и файлы</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>читать уведомления</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>читать экран</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>чтение: {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>свежее</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>блокировка экрана</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>запись экрана</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>настройки</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>пропущено, телефон сообщил небезопасное имя: {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>только провести по экрану (кто угодно может открыть телефон)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>отключено</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>синхронизация</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>SMS</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>неизвестно</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>неизвестно (телефон не сообщил)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>работает</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>доступ к истории использования</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>пользователи и профили</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>да</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} ведёт себя как шпионское приложение</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} может копировать все ваши чаты, фото и голосовые сообщения на Google Диск. hardener не видит, делает ли приложение это, поэтому проверьте, пожалуйста. Любой, кто войдёт в этот аккаунт Google, сможет прочитать резервную копию.</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} можно использовать для слежки за человеком</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} может копировать фото и файлы в облако</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} может показываться поверх других приложений</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} может устанавливать другие приложения</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} может читать все ваши уведомления</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} может читать ваши контакты</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} может читать ваш интернет-трафик</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} может записывать экран без вопроса</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} может видеть ваш экран и управлять им</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} видит, какими приложениями и когда вы пользуетесь</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} может использовать: {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>Приложение {app} установлено не из магазина приложений</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} получает ваши SMS</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} обрабатывает ваши звонки</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>У приложения {app} есть права администратора устройства</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>У приложения {app} нет значка в списке приложений</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} всегда включён и блокирует трафик без него</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} всегда включён, но трафик может уходить мимо него</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} хранит историю того, что вы переводите</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>{app} почти ничего не хранит на телефоне</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} точно знает, где вы</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>{app} может копировать ваши чаты в облако</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>{app} может загружать ваши фото или файлы в своё облако. hardener не видит, что именно загружается, поэтому проверьте, пожалуйста. Любой, кто войдёт в аккаунт, сможет их увидеть.</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} выдаёт себя за часть Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} добавляет ваше местоположение в каждое фото</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} читает экран, но его нет в списке</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; нет (нет терминала, чтобы спросить)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>Аккаунт {service} {account} копирует: {data}</translation>
  </message>
 </context>
</TS>
