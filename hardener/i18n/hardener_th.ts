<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>เปลี่ยนแล้ว %v จาก %m รายการ</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>ยกเลิก</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>การเปลี่ยนแปลง</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>การเปลี่ยนแปลงและสถานะ</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>การเปลี่ยนแปลงที่ทำเสร็จแล้ว</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>กำลังเปลี่ยนการตั้งค่าโทรศัพท์…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>เสียบสายโทรศัพท์ไว้ก่อน hardener จะเขียนบันทึกสำหรับเลิกทำไว้ในโทรศัพท์ก่อน</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>ไม่ ข้ามไป</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>คำถาม: การเปลี่ยนแปลงนี้ย้อนกลับไม่ได้</translation>
  </message>
  <message>
   <source>State</source>
   <translation>สถานะ</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>หยุดเปลี่ยนการตั้งค่าโทรศัพท์ (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>กำลังหยุด…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>การเปลี่ยนแปลงนี้ย้อนกลับไม่ได้</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>ใช่ ทำกับแอปแบบนี้ทั้งหมด %n แอป</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>ใช่ ทำเลย</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}: {subject}
ตอนนี้: {now} หลังเปลี่ยน: {after}
การเปลี่ยนแปลงนี้ย้อนกลับไม่ได้ ต้องการเปลี่ยนไหม</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>กำลังตรวจสอบ…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>ตรวจสอบไม่ได้</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>เสร็จแล้ว</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>ฉันทำแล้ว</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>ฉันทำแล้ว: ตรวจสอบอีกครั้ง</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>ยังไม่ได้ทำ</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>หยุดตรวจสอบ</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>ต้องทำ</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>hardener ตรวจสอบโทรศัพท์แล้ว: ขั้นตอนนี้เสร็จแล้ว</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>hardener ตรวจสอบโทรศัพท์แล้ว: ขั้นตอนนี้ยังไม่เสร็จ โปรดลองทำตามขั้นตอนอีกครั้ง</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>hardener ตรวจสอบเรื่องนี้ในโทรศัพท์ไม่ได้ โปรดตรวจดูให้แน่ใจว่าทำเสร็จแล้ว</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>hardener กำลังอ่านข้อมูลโทรศัพท์อีกครั้ง…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>hardener จะอ่านข้อมูลโทรศัพท์อีกครั้งเพื่อตรวจสอบขั้นตอนนี้</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>เกี่ยวกับสิ่งที่พบที่เลือกไว้</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>ตรวจสอบอีกครั้ง</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>เลือกบรรทัดทางซ้ายเพื่ออ่านรายละเอียด</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>เลือกสิ่งที่จะเปลี่ยน</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>เลือกสถานการณ์ของคุณ แล้วดูการเปลี่ยนแปลงทุกอย่างก่อนที่จะเปลี่ยนจริง</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>สิ่งที่พบ จัดเป็นกลุ่ม เรื่องร้ายแรงที่สุดอยู่ก่อน</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>เสร็จสิ้น</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>จากคู่มือ “Digital Security” ของ NSWP หัวข้อ: {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>ร้ายแรงแค่ไหน</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>ปิดการแก้ไขข้อบกพร่อง USB แล้วจบ</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>สิ่งที่ hardener พบ</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>สิ่งที่ hardener เห็นในโทรศัพท์</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>สิ่งที่คุณทำได้</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>ทำไมเรื่องนี้จึงสำคัญ</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener พบ %n เรื่องที่ควรแก้ไข</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>hardener ไม่พบสิ่งที่ต้องแก้ไขในส่วนที่ตรวจสอบได้</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>hardener ไม่พบเรื่องเร่งด่วนที่ต้องแก้ไข</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>ยังมีอีก %n เรื่องที่ต้องทำในโทรศัพท์ คุณเท่านั้นที่ทำได้</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>ไฟล์ PDF หรือหน้าเว็บ บันทึกไว้ในที่ที่คุณเลือก</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>ย้อนกลับ</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>ยกเลิก</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>ตัดการเชื่อมต่อกับโทรศัพท์</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>เสร็จสิ้น</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>ลบไม่ได้ จึงยังเปิดการแก้ไขข้อบกพร่อง USB ทิ้งไว้ โปรดย้อนกลับแล้วกด “เสร็จสิ้น” อีกครั้ง</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>เก็บโอกาสที่จะเลิกทำไว้ทีหลัง คนที่ค้นโทรศัพท์จะเห็นได้ว่ามีการเปลี่ยนการตั้งค่า</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>ให้โทรศัพท์ลืมคอมพิวเตอร์เครื่องนี้</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>คนถัดไป: ล้างข้อมูลทั้งหมด</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>ในโทรศัพท์ ให้เปิด “การตั้งค่า” แล้วเปิด “ตัวเลือกสำหรับนักพัฒนาแอป” (มักอยู่ใต้ “ระบบ”) ถ้าหา “ตัวเลือกสำหรับนักพัฒนาแอป” ไม่เจอ แปลว่าปิดอยู่แล้ว คุณทำเสร็จแล้ว</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>ลบข้อมูลทุกอย่างของโทรศัพท์เครื่องนี้ออกจากหน้าจอและหน่วยความจำ</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>บันทึกรายงานแล้ว: {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>บันทึกรายงานก่อน</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>ดูสิ่งที่ยังต้องทำ</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>หยุด (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>ปิดการแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>ปิด “ใช้ตัวเลือกสำหรับนักพัฒนาแอป” ที่ด้านบนของหน้าจอ</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>กำลังปิดการแก้ไขข้อบกพร่อง USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>แตะ “เพิกถอนการให้สิทธิ์การแก้ไขข้อบกพร่อง USB” แล้วแตะ “ตกลง”</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>โทรศัพท์ไม่ได้ยืนยัน โปรดปิดในโทรศัพท์เอง โดยทำตามขั้นตอนด้านล่าง</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>บันทึกรายงานไม่ได้: {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>บันทึกสำหรับเลิกทำยังอยู่ในโทรศัพท์</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>ใช้เวลาไม่กี่วินาที</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>ถ้าจะเลิกทำในภายหลัง คุณต้องใช้รหัสเลิกทำที่ได้รับไว้</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>ถ้าจะเลิกทำในภายหลัง คุณต้องใช้รหัสเลิกทำนี้: %1 เก็บไว้แยกจากโทรศัพท์</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>ปิดการแก้ไขข้อบกพร่อง USB แล้ว</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>การแก้ไขข้อบกพร่อง USB อาจยังเปิดอยู่</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>ถอดสายโทรศัพท์</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>คุณถอดสายโทรศัพท์ได้แล้ว เหลืออีกหนึ่งขั้นตอนสุดท้ายในโทรศัพท์:</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>ตอนนี้ hardener จะปิดการแก้ไขข้อบกพร่อง USB และตัวเลือกสำหรับนักพัฒนาแอปในโทรศัพท์ จากนั้นโทรศัพท์จะตัดการเชื่อมต่อ ซึ่งเป็นเรื่องปกติ</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>ข้อมูลชีวมิติ เช่น ลายนิ้วมือและการสแกนม่านตา ถูกใช้ในหนังสือเดินทางและที่ด่านพรมแดน ซึ่งเป็นเรื่องน่ากังวลเมื่อพนักงานบริการเป็นผู้ย้ายถิ่นที่ถูกห้าม</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>ข้อมูลอาจถูกเก็บรวบรวมผ่านหลายช่องทาง เช่น หน้าเว็บ แอป ระบบธนาคารบนมือถือ และข้อมูลชีวมิติ โดยที่พนักงานบริการไม่รู้หรือไม่ได้ให้ความยินยอมอย่างแท้จริง ซึ่งถือเป็นความเสี่ยงที่ยอมรับไม่ได้ต่อความปลอดภัยและความเป็นส่วนตัวของพนักงานบริการ</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>การคุ้มครองข้อมูล การเซ็นเซอร์ การรวมกลุ่ม ความปลอดภัย และความเป็นส่วนตัว</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>เทคโนโลยีดิจิทัล เช่น แอปพลิเคชันบนมือถือและการสอดแนมด้วยข้อมูลชีวมิติ ยังอาจถูกใช้เพื่อค้นหา นับจำนวน ระบุตัวตน ติดตาม สืบหา และลงโทษพนักงานบริการได้ด้วย</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>ในช่วงมาตรการกักตัว มี “การล่า” พนักงานบริการผ่านเครือข่ายออนไลน์ [Grindr]</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>อัลกอริทึม ‘People You May Know’ (คนที่คุณอาจรู้จัก) ของ Facebook เป็นที่รู้กันว่ารวบรวมข้อมูลผู้ใช้จากแพลตฟอร์มและอุปกรณ์ต่าง ๆ เข้าไปไว้ใน Facebook ทำให้บัญชีส่วนตัวของพนักงานบริการไปปรากฏบนหน้าจอของลูกค้าหรือคนในครอบครัว และทำลายการป้องกันความปลอดภัยที่พนักงานบริการสร้างไว้</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>ตัวอย่างเช่น เมื่อพนักงานบริการถูกจับกุม โทรศัพท์ของพวกเขาอาจถูกใช้เพื่อหาข้อมูลที่นำไปเอาผิด เพื่อแบล็กเมลและรีดไถเงินสินบนจากพวกเขา</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>แนวปฏิบัติที่ดี</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>กฎหมายที่เป็นอันตรายซึ่งควบคุมพื้นที่ดิจิทัล และผลกระทบต่อความเป็นส่วนตัว ความปลอดภัย และความเป็นอยู่ที่ดีของพนักงานบริการ</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>บทนำ</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>เจ้าหน้าที่บังคับใช้กฎหมายยังตรวจค้นโทรศัพท์ของพนักงานบริการเมื่อถูกจับกุม โดยให้ความสนใจเป็นพิเศษกับข้อความและประวัติการใช้ Google แปลภาษา</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>เจ้าหน้าที่บังคับใช้กฎหมายยังตรวจค้นโทรศัพท์ของพนักงานบริการเมื่อถูกจับกุม โดยให้ความสนใจเป็นพิเศษกับข้อความและประวัติการใช้ Google แปลภาษา จากนั้นจึงใช้สิ่งเหล่านี้พิสูจน์ว่าพวกเขาเป็นพนักงานบริการ แล้วพวกเขาก็ถูกตัดสินลงโทษและ/หรือถูกเนรเทศ</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>การทบทวนวรรณกรรม</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>สมาชิกหลายคนกล่าวถึงกรณีที่ข้อมูลอ่อนไหวตกไปอยู่ในมือของบุคคลที่หาทางเอาเปรียบและทำร้ายพนักงานบริการด้วยการแบล็กเมลและข่มขู่</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>ผู้ตอบแบบสอบถามหลายคนยังรายงานว่า ตำรวจเจาะจงเว็บไซต์ โซเชียลมีเดีย และแอปหาคู่ เพื่อเก็บข้อมูลเกี่ยวกับพนักงานบริการ เพื่อเรียกเงินหรือเรียกร้องเพศสัมพันธ์</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>การทำแผนที่สถานที่หรือพื้นที่ที่พนักงานบริการไปบ่อย ๆ เป็นเรื่องที่อ่อนไหวอย่างยิ่งและอาจเป็นอันตรายได้</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>ข้อเสนอแนะ</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>ผู้ให้บริการและพนักงานบริการต้องรู้ว่าแพลตฟอร์มและแอปพลิเคชันออนไลน์เหล่านี้อาจนำข้อมูลที่เก็บรวบรวมไปใช้หรือแบ่งปันกับบุคคลที่สาม เช่น ผู้ลงโฆษณา ผู้ถือหุ้น และแม้แต่รัฐบาลได้อย่างไร</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>แนวปฏิบัติด้านความปลอดภัยดิจิทัลบางอย่างที่พนักงานบริการใช้ ได้แก่ การใช้ VPN (เครือข่ายส่วนตัวเสมือน) การมีโทรศัพท์และซิมการ์ดแยกกันระหว่างงานกับชีวิตส่วนตัว</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>แนวปฏิบัติด้านความปลอดภัยดิจิทัลบางอย่างที่พนักงานบริการใช้ ได้แก่ การใช้ VPN (เครือข่ายส่วนตัวเสมือน) การมีโทรศัพท์และซิมการ์ดแยกกันระหว่างงานกับชีวิตส่วนตัว การป้องกันด้วยรหัสผ่าน การใช้การเข้ารหัส</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>ประมวลกฎหมายวิธีพิจารณาความอาญา (CPC) อนุญาตให้เจ้าหน้าที่ตำรวจหรือบุคคลที่สามที่ได้รับการแต่งตั้ง เข้าถึงข้อมูลใด ๆ ที่เห็นว่าจำเป็นได้โดยไม่ต้องได้รับอนุญาตจากศาล</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>การที่ผู้อื่นเปิดเผยว่าใครเป็นพนักงานบริการเป็นภัยคุกคามใหญ่ มีความเสี่ยงเสมอที่ลูกค้าจะพบบัญชีส่วนตัวของพนักงานบริการ</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>การใช้ข้อมูลชีวมิติ การขุดและเก็บเกี่ยวข้อมูล การกำหนดกลุ่มเป้าหมายแบบเจาะจง การทำแผนที่ทางภูมิศาสตร์ ฯลฯ ในโครงการดิจิทัลที่ทำงานกับพนักงานบริการ เต็มไปด้วยอันตรายและบั่นทอนประสิทธิผลของการให้บริการ</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>มีกรณีที่ภาพถ่ายหรือวิดีโอของพนักงานบริการจากการแสดงผ่านกล้อง (cam show) ถูกบุคคลอื่นบันทึกไว้ แล้วนำไปใช้แบล็กเมลพวกเขา</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>เรื่องนี้ยังเกิดขึ้นบ่อยในหลายประเทศ เมื่อพนักงานบริการถูกจับกุม และตำรวจยึดโทรศัพท์ของพวกเขาเพื่อหาข้อมูลเกี่ยวกับพนักงานบริการคนอื่น ๆ</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>สิ่งนี้อาจทำให้พนักงานบริการถูกเปิดเผยตัวตน ถูก ‘doxxed’ (ถูกเปิดเผยข้อมูลที่ระบุตัวตนของใครบางคนทางออนไลน์) ถูกคุกคาม ถูกสะกดรอยตาม ถูกแบล็กเมล หรือต้องเผชิญพฤติกรรมที่ทำร้ายอื่น ๆ ซึ่งทำให้ความเป็นอยู่และชีวิตของพวกเขาตกอยู่ในอันตราย</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>การเก็บรวบรวมข้อมูลทุกรูปแบบอาจคุกคามความเป็นส่วนตัวและความปลอดภัยของพนักงานบริการได้ หากข้อมูลนั้นตกไปอยู่ในมือที่ไม่ถูกต้อง</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>การเลือกเบราว์เซอร์ แพลตฟอร์ม ผู้ให้บริการอีเมล แอป และเครื่องมือสื่อสารอื่น ๆ ที่มีตัวเลือกการคุ้มครองข้อมูลและความเป็นส่วนตัวที่ดีกว่า</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>พนักงานบริการหลายคนเลือกที่จะมีตัวตนออนไลน์แยกต่างหากสำหรับงาน</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>ข้อมูลอ่อนไหวอาจตกไปอยู่ในมือของคนที่ต้องการทำร้ายพนักงานบริการได้ แม้ในตอนที่คิดว่าปลอดภัยแล้วก็ตาม</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>เอกสาร</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>ซ่อนหน้าต่างนี้ทันที และล้างทุกอย่างที่แสดงอยู่</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>ออกด่วน (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>ยกเลิก</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>เสร็จสิ้น</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>“เสร็จสิ้น” จะปิดการแก้ไขข้อบกพร่อง USB และลบบันทึกสำหรับเลิกทำ หากเปิดทิ้งไว้ ก็จะเป็นช่องทางเข้าสู่โทรศัพท์สำหรับใครก็ตามที่ได้โทรศัพท์ไปถือต่อ</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>ออกไปเลย</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>กำลังเปลี่ยนการตั้งค่าโทรศัพท์อยู่ตอนนี้ ถ้าออกตอนนี้ การเปลี่ยนแปลงอาจค้างอยู่ครึ่งทาง</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>การแก้ไขข้อบกพร่อง USB ยังเปิดอยู่</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>การแก้ไขข้อบกพร่อง USB ยังเปิดอยู่: ทำให้เสร็จก่อนไหม</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>ความช่วยเหลือ(&amp;H)</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>ภาษา(&amp;L)</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>คนถัดไป: ล้างข้อมูลทั้งหมด(&amp;N)</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>ออก(&amp;Q)</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>เซสชัน(&amp;S)</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>ขนาดตัวอักษร(&amp;T)</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>ตัวอักษรใหญ่ขึ้น</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>หยุดตรวจสอบแล้ว ไม่มีการเปลี่ยนแปลงใด ๆ ในโทรศัพท์</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>วิธีเปิดการแก้ไขข้อบกพร่อง USB(&amp;U)</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>ใหญ่</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>ใหญ่ขึ้น</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>ใหญ่ที่สุด</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>ปกติ</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>โทรศัพท์: {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>โทรศัพท์สำหรับฝึก (ไม่ใช่โทรศัพท์จริง)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>ตัวอักษรเล็กลง</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>หยุดแล้ว โทรศัพท์ไม่ได้เชื่อมต่ออยู่</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener: ตรวจสอบและปกป้องโทรศัพท์</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>ดีอยู่แล้ว</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>ย้อนกลับไม่ได้</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>กำลังเปลี่ยน…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>แก้ไขแล้ว</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>อาจเปลี่ยนแล้ว</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>แก้ไขไม่ได้</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>คืนค่าเดิมไม่ได้</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>คืนค่าเดิมแล้ว</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>ข้ามไปแล้ว</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>โทรศัพท์ไม่ยอมรับการเปลี่ยนแปลงนี้ โทรศัพท์บางรุ่นบล็อกไว้</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>โทรศัพท์ไม่ยอมกลับไปใช้ค่าเดิม</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>โทรศัพท์แจ้งว่า: {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>โทรศัพท์ตั้งค่าไว้แบบนี้อยู่แล้ว</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>กำลังรอ</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>กำลังทำงาน…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>คุณเลือกที่จะไม่เปลี่ยนสิ่งนี้</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>hardener อ่านค่าการตั้งค่ากลับมาไม่ได้ จึงบอกไม่ได้ว่าได้ผลหรือไม่</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>ดีอยู่แล้ว %n รายการ</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>แก้ไขแล้ว %n รายการ</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>แก้ไขไม่ได้ %n รายการ: ดูเหตุผลด้านล่าง</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>ข้ามไป %n รายการ</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>ไฟล์ PDF หรือหน้าเว็บ บันทึกไว้ในที่ที่คุณเลือก</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>การเปลี่ยนแปลง</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>ตรวจสอบโทรศัพท์อีกครั้ง แล้วทำการเปลี่ยนแปลงที่ถูกปฏิเสธ</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>เสร็จแล้ว</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>เสร็จแล้ว แต่มีปัญหา</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>เสร็จแล้ว การเปลี่ยนแปลงนี้ย้อนกลับไม่ได้</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>การเปลี่ยนแปลงทุกอย่างและผลลัพธ์</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>เสร็จสิ้น</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>คืนค่าเดิมก่อนหน้านี้</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>บันทึกรายงานแล้ว: {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>ผลลัพธ์</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>บันทึกรายงาน</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>สิ่งที่ยังต้องทำในโทรศัพท์: %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>ปิดการแก้ไขข้อบกพร่อง USB แล้วจบ</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>บันทึกรายงานไม่ได้: {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>ลองอีกครั้ง</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>รหัสเลิกทำ: %1 คุณต้องใช้รหัสนี้เฉพาะเมื่อจะเลิกทำการเปลี่ยนแปลงเหล่านี้ในภายหลังจากคอมพิวเตอร์เครื่องอื่น โปรดจดไว้และเก็บแยกจากโทรศัพท์</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>เลิกทำการเปลี่ยนแปลงเหล่านี้</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>สิ่งที่คุณเท่านั้นทำได้ในโทรศัพท์ ตรวจสอบอีกครั้งแล้ว</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>เหตุผล</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>ถ้าไม่มี “ตัวเลือกสำหรับนักพัฒนาแอป” ให้เปิดก่อน: ทำตาม “วิธีเปิดการแก้ไขข้อบกพร่อง USB” จนถึง “ตัวเลือกสำหรับนักพัฒนาแอป” โทรศัพท์และคอมพิวเตอร์เครื่องนี้ต้องอยู่ในเครือข่าย Wi-Fi เดียวกัน</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>ในหน้าจอ “การแก้ไขข้อบกพร่องผ่าน Wi-Fi” ที่อยู่ใต้ “ที่อยู่ IP และพอร์ต” คือที่อยู่สำหรับเชื่อมต่อ พอร์ตของที่อยู่นี้ไม่ใช่พอร์ตสำหรับจับคู่ โปรดพิมพ์ที่อยู่นี้ลงด้านล่างด้วย</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>เปิด “การตั้งค่า” แล้วหา “ตัวเลือกสำหรับนักพัฒนาแอป” ซึ่งมักอยู่ใต้ “ระบบ” หรือจะพิมพ์ “นักพัฒนา” ในช่องค้นหาที่ด้านบนของการตั้งค่าก็ได้</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>เปิด “การตั้งค่า” แตะ “การตั้งค่าเพิ่มเติม” (หรือ “การตั้งค่าระบบ”) แล้วแตะ “ตัวเลือกสำหรับนักพัฒนาแอป”</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>เปิด “การตั้งค่า” แตะ “การตั้งค่าเพิ่มเติม” แล้วแตะ “ตัวเลือกสำหรับนักพัฒนาแอป”</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>เปิด “การตั้งค่า” แตะ “ระบบและการอัปเดต” แล้วแตะ “ตัวเลือกสำหรับนักพัฒนาแอป”</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>เปิด “การตั้งค่า” แตะ “ระบบ” แล้วแตะ “ตัวเลือกสำหรับนักพัฒนาแอป”</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>เปิด “การตั้งค่า” “ตัวเลือกสำหรับนักพัฒนาแอป” อยู่ล่างสุด: แตะที่นั่น</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>เปิด “การแก้ไขข้อบกพร่องผ่าน Wi-Fi” โทรศัพท์จะถามว่า “อนุญาตการแก้ไขข้อบกพร่องผ่าน Wi-Fi ในเครือข่ายนี้ไหม”: แตะ “อนุญาต”</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>แตะที่คำว่า “การแก้ไขข้อบกพร่องผ่าน Wi-Fi” (ไม่ใช่สวิตช์) เพื่อเปิดหน้าจอของรายการนี้ แล้วแตะ “จับคู่อุปกรณ์ด้วยรหัสการจับคู่”</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>โทรศัพท์จะแสดง “รหัสการจับคู่ Wi-Fi” 6 หลัก และ “ที่อยู่ IP และพอร์ต” โปรดพิมพ์ทั้งสองอย่างลงด้านล่าง เปิดหน้าต่างนี้ในโทรศัพท์ค้างไว้จนกว่า hardener จะแจ้งว่าเชื่อมต่อแล้ว</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>ที่อยู่สำหรับเชื่อมต่อ (ที่อยู่ IP และพอร์ต):</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>ที่อยู่สำหรับเชื่อมต่อ เช่น 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>ย้อนกลับ</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>เชื่อมต่อผ่าน Wi-Fi ด้วยรหัสการจับคู่</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>สำหรับโทรศัพท์ Android 11 ขึ้นไป โดยไม่ต้องใช้สาย โปรแกรม “adb” ของ Google (Platform-Tools) จะเป็นผู้จับคู่ จากนั้นโทรศัพท์จะเชื่อถือคีย์ของโปรแกรมนั้น ซึ่งเก็บไว้ในไฟล์ในโฟลเดอร์หลักของคอมพิวเตอร์เครื่องนี้ (.android/adbkey) ไม่ใช่คีย์ของ hardener เอง adb ของ Google ยังเก็บรายชื่อโทรศัพท์ที่เคยจับคู่ไว้ในโฟลเดอร์นั้นด้วย (.android/adb_known_hosts.pb): คนที่ค้นคอมพิวเตอร์เครื่องนี้จะเห็นได้ว่ามีการจับคู่โทรศัพท์ hardener ไม่ได้ลบไฟล์นี้</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>โปรแกรม “adb” ของ Google เวอร์ชัน {version} จะเป็นผู้จับคู่ ({path})</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>กำลังหาโปรแกรม “adb” ของ Google ในคอมพิวเตอร์เครื่องนี้…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>ยี่ห้อโทรศัพท์</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>โทรศัพท์อื่น ๆ</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>จับคู่และเชื่อมต่อ</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>ที่อยู่และพอร์ตสำหรับจับคู่ เช่น 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>ที่อยู่และพอร์ตสำหรับจับคู่:</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>จับคู่จากคอมพิวเตอร์เครื่องนี้ไม่ได้ {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>พิมพ์ 3 อย่างที่โทรศัพท์แสดงก่อน: ที่อยู่สำหรับจับคู่ รหัส และที่อยู่สำหรับเชื่อมต่อ</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>ใช้สาย USB แทน</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>รหัสการจับคู่ Wi-Fi 6 หลัก</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>รหัสการจับคู่ Wi-Fi:</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>hardener เรียกใช้โปรแกรม “adb” ของ Google ไม่ได้</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>เกี่ยวกับโทรศัพท์</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>การตั้งค่าเพิ่มเติม</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>อนุญาต</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>อนุญาตการแก้ไขข้อบกพร่อง ADB ในโหมดชาร์จเท่านั้น</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>อนุญาตการแก้ไขข้อบกพร่องผ่าน Wi-Fi ในเครือข่ายนี้ไหม</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>อนุญาตจากคอมพิวเตอร์เครื่องนี้เสมอ</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>เวอร์ชัน Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>แอป</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>แบตเตอรี่</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>หมายเลขบิลด์</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>ยกเลิก</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>ชาร์จเท่านั้น</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>ปฏิเสธ</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>ตัวเลือกสำหรับนักพัฒนาแอป</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>ชื่ออุปกรณ์</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>การแสดงผล</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>การโอนไฟล์</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>ที่อยู่ IP และพอร์ต: 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>เวอร์ชัน MIUI / เวอร์ชัน OS</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>รุ่น</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>เครือข่ายและอินเทอร์เน็ต</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>ตกลง</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>จับคู่อุปกรณ์ด้วยคิวอาร์โค้ด</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>จับคู่อุปกรณ์ด้วยรหัสการจับคู่</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>จับคู่กับอุปกรณ์</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>ภาพหน้าจอโทรศัพท์</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>เพิกถอนการให้สิทธิ์การแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>เพิกถอนสิทธิ์เข้าถึงการแก้ไขข้อบกพร่อง USB จากคอมพิวเตอร์ทุกเครื่องที่คุณเคยให้สิทธิ์ไว้ไหม</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>ความปลอดภัย</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>การตั้งค่า</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>ข้อมูลซอฟต์แวร์</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>เปิดหน้าจอค้าง</translation>
  </message>
  <message>
   <source>System</source>
   <translation>ระบบ</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>ระบบและการอัปเดต</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>แตะ: {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>ลายนิ้วมือคีย์ RSA ของคอมพิวเตอร์คือ: 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>การแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>การแก้ไขข้อบกพร่อง USB (การตั้งค่าความปลอดภัย)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>การแก้ไขข้อบกพร่อง USB มีไว้เพื่อการพัฒนาเท่านั้น</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>ใช้ USB สำหรับ</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>ใช้ตัวเลือกสำหรับนักพัฒนาแอป</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>ใช้การแก้ไขข้อบกพร่องผ่าน Wi-Fi</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>เวอร์ชัน</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>รหัสการจับคู่ Wi-Fi: 482915
ที่อยู่ IP และพอร์ต: 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>การแก้ไขข้อบกพร่องผ่าน Wi-Fi</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>ตอนนี้คุณเป็นนักพัฒนาซอฟต์แวร์แล้ว!</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>อนุญาต</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>อนุญาตจากคอมพิวเตอร์เครื่องนี้เสมอ</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>ปฏิเสธ</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>บนหน้าจอของโทรศัพท์สำหรับฝึก (ไม่ใช่โทรศัพท์จริง):</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>หน้าจอโทรศัพท์สำหรับฝึก</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>โทรศัพท์สำหรับฝึก: อนุญาตคอมพิวเตอร์เครื่องนี้</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>โทรศัพท์สำหรับฝึก: ปฏิเสธคอมพิวเตอร์เครื่องนี้</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>ลายนิ้วมือคีย์ RSA ของคอมพิวเตอร์คือ:</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>มีโปรไฟล์ที่เสียหาย</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>มีโปรแกรมอื่นกำลังใช้โทรศัพท์อยู่</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>จะถามก่อนหยุดโปรแกรม adb ในคอมพิวเตอร์เครื่องนี้</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>กลับไปที่การจับคู่</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>กลับไปที่หน้าแรก</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>เชื่อมต่ออีกครั้ง</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>เชื่อมต่อผ่านโปรแกรม adb ที่กำลังใช้โทรศัพท์อยู่ โดยไม่หยุดโปรแกรมนั้น</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>รายละเอียดสำหรับผู้ช่วยเหลือ</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>วิธีเปิดการแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>มีโทรศัพท์มากกว่าหนึ่งเครื่อง</translation>
  </message>
  <message>
   <source>No</source>
   <translation>ไม่</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>ไม่พบโทรศัพท์</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>ไม่มีที่ปลอดภัยสำหรับเก็บคีย์ของ hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>ไม่มีอะไรตอบกลับที่ที่อยู่นี้</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>ไม่มีการเปลี่ยนแปลงใด ๆ ในโทรศัพท์</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>จับคู่จากคอมพิวเตอร์เครื่องนี้ไม่ได้</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>การเปลี่ยนแปลงบางอย่างอาจทำไปแล้ว โปรดเชื่อมต่ออีกครั้ง hardener จะแสดงการเปลี่ยนแปลงเหล่านั้น และเสนอให้ทำให้เสร็จหรือเลิกทำ</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>การตั้งค่าบางอย่างอาจยังไม่กลับเป็นค่าเดิม โปรดเชื่อมต่ออีกครั้งเพื่อเลิกทำให้เสร็จ</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>เกิดข้อผิดพลาด</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>หยุดโปรแกรมอื่น…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>หยุดแล้ว</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>ไม่อนุญาตให้ใช้พอร์ต USB</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>การเชื่อมต่อกับโทรศัพท์ขาดหาย</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>พวงกุญแจ (keyring) ถูกล็อกอยู่</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>โทรศัพท์ไม่ยอมรับการจับคู่</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>โทรศัพท์ไม่อนุญาตคอมพิวเตอร์เครื่องนี้</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>โทรศัพท์ไม่ตอบสนอง</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>โทรศัพท์ยังไม่ได้อนุญาตคอมพิวเตอร์เครื่องนี้</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>ใช้ที่อยู่นี้ไม่ได้</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>นี่ไม่ใช่รหัสการจับคู่</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>การทำเช่นนี้จะหยุดโปรแกรม “adb” ในคอมพิวเตอร์เครื่องนี้ ถ้ามีคนอื่นกำลังใช้อยู่ (เช่น Android Studio) เขาจะขาดการเชื่อมต่อกับโทรศัพท์ หยุดโปรแกรมไหม</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>ลองอีกครั้ง</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>ปิดการแก้ไขข้อบกพร่อง USB แล้ว</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>การแก้ไขข้อบกพร่อง USB อาจยังเปิดอยู่ โปรดเชื่อมต่ออีกครั้งแล้วกด “เสร็จสิ้น” หรือปิดในโทรศัพท์เอง</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>ใช้โปรแกรมนั้น</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>ใช่ หยุดเลย</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>hardener พบปัญหาที่ไม่คาดคิด จะไม่ทำอะไรกับโทรศัพท์อีก</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>คีย์ของ hardener เสียหาย</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>ต้องการให้มีอีกภาษาหนึ่งแสดงคู่กันด้วยไหม (เช่น ภาษาของผู้ฝึกสอน)</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>เฉพาะภาษานี้เท่านั้น</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;หน้าเว็บ (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>บันทึกรายงาน</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>ไม่เปลี่ยนแปลงอะไรในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>อย่าเพิ่งไปเผชิญหน้ากับใครเรื่องนี้ การลบหรือเปลี่ยนแอปนี้อาจทำให้คนที่ติดตั้งแอปรู้ตัว</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>ขอความช่วยเหลือ: องค์กรของพนักงานบริการ หน่วยงานช่วยเหลือด้านความรุนแรงในครอบครัว หรือสายด่วนด้านความปลอดภัยดิจิทัล ช่วยคุณตัดสินใจได้ว่าจะทำอย่างไร</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>ทำต่อ และเปลี่ยนแอปนั้นด้วย</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>ทำต่อ โดยไม่แตะต้องแอปนั้น</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>วางแผนความปลอดภัยก่อน: คุณจะไปที่ไหนได้ และจะโทรหาใครได้ถ้าสถานการณ์แย่ลง</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>เฉพาะเมื่อคุณมีแผนความปลอดภัยแล้วเท่านั้น: คนที่ติดตั้งแอปอาจสังเกตเห็น</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>ยังทำการเปลี่ยนแปลงอื่น ๆ ได้ โดยไม่เปลี่ยนอะไรเกี่ยวกับแอปนั้นเลย</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>หยุดและอ่าน: พบแอปที่สอดแนมโทรศัพท์เครื่องนี้ได้</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>หยุดตรงนี้</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>แอปนี้อาจเห็นสิ่งที่ทำบนโทรศัพท์เครื่องนี้ รวมถึงการเปลี่ยนแปลงที่ทำตอนนี้</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>ยกเลิก</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>กำลังตรวจสอบโทรศัพท์อีกครั้ง…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>กำลังตรวจสอบโทรศัพท์…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>อ่านข้อมูลโทรศัพท์ไปแล้วเท่าไร</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>ส่วนของโทรศัพท์ที่อ่านแล้ว</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>อ่านแล้ว: {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>หยุดตรวจสอบ (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>กำลังหยุด…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>hardener อ่านการตั้งค่าของโทรศัพท์ โดยไม่เปลี่ยนแปลงอะไร</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>ทำไปแล้ว %n รายการ</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>ตัดการเปลี่ยนแปลงออก %n รายการ เพราะมีชื่อในโทรศัพท์ที่ดูไม่ปลอดภัย</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>ในจำนวนนี้ %n รายการย้อนกลับไม่ได้: จะมีการถามคุณอีกครั้ง</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>หลังเปลี่ยน</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>ทำไปแล้ว</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>กลับไปที่สิ่งที่พบ</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>เลิกทำได้</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>ย้อนกลับไม่ได้</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>การเปลี่ยนแปลง</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>เปลี่ยนการตั้งค่าโทรศัพท์ตามที่แสดงในรายการ</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>การเปลี่ยนแปลงที่ hardener จะทำ</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>เลือกสถานการณ์ทางซ้าย</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>เลือกสถานการณ์ที่ใกล้เคียงกับของคุณที่สุด คุณจะเห็นการเปลี่ยนแปลงทุกอย่างก่อนที่จะเปลี่ยนจริง</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>การเปลี่ยนแปลงทุกอย่าง พร้อมค่าตอนนี้และค่าหลังเปลี่ยน</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>สำหรับผู้ช่วยเหลือ: {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>ทำการเปลี่ยนแปลงเหล่านี้</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>ตอนนี้</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>สถานการณ์</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>ขั้นตอนที่คุณทำเองในโทรศัพท์</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>โทรศัพท์ตั้งค่าไว้แบบนี้อยู่แล้ว ไม่มีอะไรต้องเปลี่ยน</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>ตัวเลือกนี้ไม่เปลี่ยนแปลงอะไรในโทรศัพท์</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>เลิกทำ</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>สถานการณ์ของคุณเป็นแบบไหน</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener จะทำการเปลี่ยนแปลง %n รายการ</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>โทรศัพท์ที่ต่อสาย USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>โทรศัพท์ที่ต่อ Wi-Fi (ที่อยู่)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>ที่อยู่ของโทรศัพท์บน Wi-Fi เช่น 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>ตรวจสอบและปกป้องโทรศัพท์</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>เชื่อมต่อ</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>เชื่อมต่อผ่าน Wi-Fi ด้วยรหัสการจับคู่ของโทรศัพท์ ผ่านโปรแกรม adb ของ Google</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>ต่อโทรศัพท์เข้ากับคอมพิวเตอร์เครื่องนี้ hardener จะตรวจสอบ อธิบายสิ่งที่พบ และเปลี่ยนการตั้งค่าให้ปลอดภัยขึ้นได้ โดยไม่เก็บข้อมูลใด ๆ ของโทรศัพท์ไว้ในคอมพิวเตอร์เครื่องนี้</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>เชื่อมต่อกับโทรศัพท์ที่เลือก</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>วิธีเปิดการแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>หาอีกครั้ง</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>หาโทรศัพท์ที่ต่อสาย USB อีกครั้ง</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>ยังไม่พบโทรศัพท์ โปรแกรม “adb” ของ Google อยู่ในคอมพิวเตอร์เครื่องนี้แต่ไม่ได้ทำงาน: เรียกใช้ “adb devices” หนึ่งครั้งในโฟลเดอร์ของโปรแกรม แล้วเสียบสายโทรศัพท์ ปลดล็อก และเปิดการแก้ไขข้อบกพร่อง USB จากนั้น hardener จะเชื่อมต่อผ่านโปรแกรมนั้น</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>ยังไม่พบโทรศัพท์ เสียบโทรศัพท์ด้วยสาย USB ปลดล็อก แล้วเปิดการแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>โทรศัพท์ที่พบผ่าน USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>โทรศัพท์สำหรับฝึก (ไม่ใช่โทรศัพท์จริง)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>โทรศัพท์ขอรหัสการจับคู่ (Android 11 ขึ้นไป)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>พิมพ์ที่อยู่ของโทรศัพท์ก่อน เช่น 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>โทรศัพท์สำหรับฝึกเครื่องไหน</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name} (Wi-Fi ผ่าน adb ของ Google)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name} (ผ่าน adb ของ Google)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name}: ไม่ตอบสนอง (ผ่าน adb ของ Google)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name}: คอมพิวเตอร์เครื่องนี้ไม่อนุญาตให้ใช้พอร์ต USB (ผ่าน adb ของ Google)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name}: กำลังรอให้กด “อนุญาต” ในโทรศัพท์ (ผ่าน adb ของ Google)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name}: {state} (ผ่าน adb ของ Google)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>มี %n เรื่องที่คุณเท่านั้นทำได้ในโทรศัพท์ ทำทีละเรื่อง แล้วกด “ฉันทำแล้ว” ระบบจะตรวจสอบโทรศัพท์อีกครั้ง</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>ย้อนกลับ</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>เสร็จสิ้น</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>ไม่เหลือสิ่งที่ต้องทำในโทรศัพท์ในส่วนที่ตรวจสอบได้</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>สิ่งที่ยังต้องทำในโทรศัพท์</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>ปิดการแก้ไขข้อบกพร่อง USB แล้วจบ</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>มีการเปลี่ยนแปลง %n รายการที่ย้อนกลับไม่ได้ (เช่น ประวัติแอปที่ล้างไปแล้ว)</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>คืนค่าเดิมไม่ได้ %n รายการ: ดูเหตุผลด้านล่าง</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>กลับเป็นค่าเดิมแล้ว %n รายการ</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>รหัสเลิกทำมีตัวอักษรและตัวเลข 12 ตัว เช่น 7KQ2-M9XD-4TPR</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>ย้อนกลับ</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>ยกเลิก</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>การเปลี่ยนแปลง</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>การเปลี่ยนแปลงในบันทึกสำหรับเลิกทำ</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>ตรวจสอบโทรศัพท์อีกครั้ง</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>ตรวจสอบโทรศัพท์ โดยไม่เปลี่ยนแปลงอะไร</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>ลบบันทึก</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>เสร็จสิ้น</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>ทำให้เสร็จ หรือเลิกทำการเปลี่ยนแปลงครั้งล่าสุด</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>ทำต่อโดยไม่ใช้บันทึก</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>บันทึกนี้สร้างไว้ในการมาครั้งก่อน และล็อกไว้ด้วยรหัสเลิกทำ พิมพ์รหัสเพื่อดูและเลิกทำการเปลี่ยนแปลงเหล่านั้น ถ้าไม่มีรหัส คุณลบบันทึกได้ แต่การเปลี่ยนแปลงครั้งก่อนจะยังคงอยู่ และจะเลิกทำไม่ได้อีก</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>เก็บการเปลี่ยนแปลงไว้</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>เสียบสายโทรศัพท์ไว้</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>เก็บไว้และทำต่อ</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>เปิดบันทึก</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>เลิกทำได้บางส่วน</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>คืนค่าเดิมก่อนหน้านี้</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>กำลังคืนค่าเดิม…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>สถานะ</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>หยุดเลิกทำ (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>ปิดการแก้ไขข้อบกพร่อง USB แล้วจบ</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>การเปลี่ยนแปลงครั้งก่อนจะยังคงอยู่ และย้อนกลับไม่ได้อีก</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>การเปลี่ยนแปลงครั้งล่าสุดยังไม่เสร็จ</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>ลบบันทึกไม่ได้: บันทึกยังอยู่ในโทรศัพท์ โปรดลองอีกครั้ง</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>รหัสนี้เปิดบันทึกไม่ได้ โปรดตรวจตัวอักษรและตัวเลขทีละตัว แล้วลองอีกครั้ง</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>โทรศัพท์เครื่องนี้มีบันทึกสำหรับเลิกทำอยู่</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>ถ้าจะเปลี่ยนการตั้งค่าโทรศัพท์เครื่องนี้ ให้เปิดบันทึกเก่าด้วยรหัสของบันทึกนั้นก่อน หรือลบบันทึกนั้น การเขียนทับจะทำให้ไม่มีทางย้อนกลับ</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>รหัสเลิกทำ:</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>เลิกทำ</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>เลิกทำการเปลี่ยนแปลงเหล่านี้ไหม</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>เลิกทำแล้ว</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>เหตุผล</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener เคยเปลี่ยนการตั้งค่าโทรศัพท์เครื่องนี้และเก็บบันทึกสำหรับเลิกทำไว้ในโทรศัพท์ เลิกทำการเปลี่ยนแปลงได้ %n รายการ</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener จะคืนค่าที่โทรศัพท์เคยมีก่อนหน้านี้ เลิกทำการเปลี่ยนแปลงได้ %n รายการ</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener กำลังเปลี่ยนการตั้งค่าโทรศัพท์เครื่องนี้อยู่ตอนที่หยุดไป (อาจเพราะสายหลุด) hardener จดค่าทุกค่าที่อาจเปลี่ยนไปแล้วไว้ เลิกทำการเปลี่ยนแปลงได้ %n รายการ</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>หา “หมายเลขบิลด์” (บางครั้งอยู่ใน “ข้อมูลซอฟต์แวร์” หรือ “เวอร์ชัน”) แล้วแตะ 7 ครั้งเร็ว ๆ หรือจะพิมพ์ “หมายเลขบิลด์” ในช่องค้นหาที่ด้านบนของการตั้งค่าก็ได้</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>กลับไปที่ “การตั้งค่า” แล้วหา “ตัวเลือกสำหรับนักพัฒนาแอป” ซึ่งมักอยู่ใต้ “ระบบ” หรือจะพิมพ์ “นักพัฒนา” ในช่องค้นหาที่ด้านบนของการตั้งค่าก็ได้</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>กลับไปที่ “การตั้งค่า” แตะ “การตั้งค่าเพิ่มเติม” (หรือ “การตั้งค่าระบบ”) แล้วแตะ “ตัวเลือกสำหรับนักพัฒนาแอป”</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>กลับไปที่ “การตั้งค่า” แตะ “การตั้งค่าเพิ่มเติม” แล้วแตะ “ตัวเลือกสำหรับนักพัฒนาแอป”</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>กลับไปที่ “การตั้งค่า” แตะ “ระบบและการอัปเดต” แล้วแตะ “ตัวเลือกสำหรับนักพัฒนาแอป”</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>กลับไปที่ “การตั้งค่า” แตะ “ระบบ” แล้วแตะ “ตัวเลือกสำหรับนักพัฒนาแอป”</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>กลับไปที่หน้าแรกของการตั้งค่า ตอนนี้ “ตัวเลือกสำหรับนักพัฒนาแอป” จะอยู่ล่างสุด แตะที่นั่น</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>ถ้าเห็น “การแก้ไขข้อบกพร่อง USB (การตั้งค่าความปลอดภัย)” ด้วย ให้เปิดด้วย ถ้าไม่เปิด hardener จะตรวจสอบโทรศัพท์ได้ แต่เปลี่ยนการตั้งค่าบางอย่างไม่ได้ โทรศัพท์อาจขอให้คุณลงชื่อเข้าใช้บัญชี Mi</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>ถ้าเห็น “อนุญาตการแก้ไขข้อบกพร่อง ADB ในโหมดชาร์จเท่านั้น” ให้เปิดด้วย</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>เปิด “การตั้งค่า” เลื่อนลงไปล่างสุดแล้วแตะ “เกี่ยวกับโทรศัพท์”</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>ต่อโทรศัพท์เข้ากับคอมพิวเตอร์เครื่องนี้ด้วยสาย USB ปลดล็อกโทรศัพท์ ถ้าโทรศัพท์ถามว่าจะใช้การเชื่อมต่อ USB ทำอะไร ให้เลือก “การโอนไฟล์”</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>เปิด “การแก้ไขข้อบกพร่อง USB” โทรศัพท์จะถามว่าแน่ใจไหม: แตะ “ตกลง”</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>แตะ “หมายเลขบิลด์” 7 ครั้งเร็ว ๆ ถ้าโทรศัพท์ถาม ให้ป้อน PIN ของคุณ แล้วโทรศัพท์จะแจ้งว่าตอนนี้คุณเป็นนักพัฒนาแล้ว</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>แตะ “เวอร์ชัน MIUI” 7 ครั้งเร็ว ๆ (ในโทรศัพท์รุ่นใหม่จะเรียกว่า “เวอร์ชัน OS”) ถ้าโทรศัพท์ถาม ให้ป้อน PIN ของคุณ</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>แตะ “ข้อมูลซอฟต์แวร์”</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>แตะ “เวอร์ชัน” แล้วแตะ “หมายเลขบิลด์” 7 ครั้งเร็ว ๆ ถ้าโทรศัพท์ถาม ให้ป้อน PIN ของคุณ</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>โทรศัพท์จะถามว่า “อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม” แตะ “อนุญาต” อย่าติ๊ก “อนุญาตเสมอ” เว้นแต่นี่คือคอมพิวเตอร์ของคุณเอง</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>ย้อนกลับ</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>เลือกยี่ห้อโทรศัพท์ แล้วทำตามขั้นตอนในโทรศัพท์ทีละขั้น</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>วิธีเปิดการแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>ยี่ห้อโทรศัพท์</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>โทรศัพท์อื่น ๆ</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>ยกเลิก</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>เชื่อมต่อกับโทรศัพท์อีกครั้ง</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>กำลังเชื่อมต่อกับโทรศัพท์…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>อย่าติ๊ก “อนุญาตจากคอมพิวเตอร์เครื่องนี้เสมอ” เว้นแต่นี่คือคอมพิวเตอร์ของคุณเอง ถ้าไม่เห็นคำถามนี้ ให้ถอดสายแล้วเสียบใหม่</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>หยุดเชื่อมต่อ (Esc)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>แตะ “อนุญาต” ในโทรศัพท์</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>เผลอแตะ “ปฏิเสธ” ไปใช่ไหม ถอดสายโทรศัพท์ เสียบใหม่ แล้วลองอีกครั้ง</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>โทรศัพท์สำหรับฝึกจะถามว่า “อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม” โปรดตอบบนหน้าจอของโทรศัพท์สำหรับฝึก</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>ใช้เวลาไม่กี่วินาที</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>ลองอีกครั้ง</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>ปลดล็อกโทรศัพท์ โทรศัพท์จะถามว่า “อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม” แตะ “อนุญาต”</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>กำลังรอ</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  (สำหรับกรณีนี้: เมื่อเปิดแล้ว ให้เรียกใช้ 'hardener apply' แบบเดิมอีกครั้ง)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (หรือปล่อยให้โปรแกรมนั้นทำงานต่อ แล้วเชื่อมต่อผ่านโปรแกรมนั้น: ใช้คำสั่งเดิมโดยเพิ่ม --adb-server)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  ต้องมีรหัสนี้เท่านั้นจึงจะเลิกทำการเปลี่ยนแปลงเหล่านี้ได้ในภายหลัง จากคอมพิวเตอร์เครื่องใดก็ได้: hardener undo --undo-code CODE
  'hardener finish' จะลบบันทึกสำหรับเลิกทำออกจากโทรศัพท์ เว้นแต่คุณจะเพิ่ม --keep-undo</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>“ปิดใช้การหมดเวลาการให้สิทธิ์ adb” เปิดอยู่ใน “ตัวเลือกสำหรับนักพัฒนาแอป”: คอมพิวเตอร์ที่เคยได้รับอนุญาตครั้งเดียวจะยังเข้าถึงได้ แม้ไม่ได้ใช้มาหลายเดือน โปรดปิดตัวเลือกนี้ และเพิกถอนการให้สิทธิ์เมื่อ hardener ทำงานเสร็จ</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>“ซิงค์ข้อมูลอัตโนมัติ” เปิดอยู่: รายชื่อติดต่อ ปฏิทิน และอื่น ๆ จะถูกคัดลอกไปยังบัญชีตลอดเวลา ใครก็ตามที่มีรหัสผ่านอ่านสำเนานั้นได้โดยไม่ต้องใช้โทรศัพท์ หรือบริษัทอาจส่งให้ตำรวจได้</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>“{address}” ไม่ใช่ที่อยู่เครือข่ายที่ hardener ใช้ได้ โปรดเขียนตามที่โทรศัพท์แสดงใต้ “การแก้ไขข้อบกพร่องผ่าน Wi-Fi”: ตัวเลขและพอร์ต เช่น 192.168.1.20:5555 (พอร์ตคือตัวเลขตั้งแต่ 1 ถึง 65535)</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>“{code}” ไม่ใช่รหัสการจับคู่ รหัสคือตัวเลข 6 หลักที่โทรศัพท์แสดงใต้ “รหัสการจับคู่ Wi-Fi”</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n แอป</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>เลิกทำการเปลี่ยนแปลงได้ %n รายการ</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>รายการในบันทึกเสียหาย %n รายการ จะไม่แตะต้องรายการเหล่านั้น</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>ผ่านมาแล้ว %n เดือน</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>มี %n เรื่องที่ควรตรวจดู</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>“{title}” ({what}) ย้อนกลับไม่ได้ ต้องการทำไหม</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(ย้อนกลับไม่ได้)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(ไม่ได้เปลี่ยนแปลงอะไร)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(ย้อนกลับไม่ได้: {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(ไม่ได้ตั้งค่า)</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>1 นาที</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>10 นาที</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>15 วินาที</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>2 นาที</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>30 นาที</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>30 วินาที</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>5 นาที</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>5 วินาที</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>แอป “เจ้าของอุปกรณ์” ควบคุมเกือบทุกอย่างในโทรศัพท์เครื่องนี้และเห็นข้อมูลได้มาก ซึ่งเป็นเรื่องปกติเฉพาะในโทรศัพท์ของที่ทำงานที่นายจ้างให้มาเท่านั้น ถ้านี่คือโทรศัพท์ของคุณเอง โปรดขอความช่วยเหลือ</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>ใช้ PIN อย่างเดียว ไม่มีข้อความที่อ่านได้บนหน้าจอล็อก ลบประวัติการแปลภาษา และปิดเครื่องเมื่อผ่านด่านพรมแดน</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>“พื้นที่ส่วนตัว” ซ่อนแอปได้ แต่จะยังเปิดอยู่สักพักหลังจากโทรศัพท์ล็อก โปรดตั้งให้ล็อกทุกครั้งที่โทรศัพท์ล็อก</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>โทรศัพท์ที่เสียหรือเป็นปฏิปักษ์ (Android 12L): ชื่อแพ็กเกจ ชื่อบัญชี การตั้งค่า และพร็อพเพอร์ตีที่พยายามทำ shell injection, ขึ้นบรรทัดใหม่, ไบต์ NUL, เครื่องหมายขวาไปซ้าย, ค่าที่ยาวมาก และบรรทัดขยะในทุกผลลัพธ์</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>แอปแสดงหมายเลขผู้โทร</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>มีการเพิ่มใบรับรองเข้าไปในรายการที่โทรศัพท์เชื่อถือ ใบรับรองนี้ทำให้คอมพิวเตอร์เครื่องอื่นอ่านข้อมูลอินเทอร์เน็ตที่แอปป้องกันไว้ได้ ถ้าคุณไม่ได้เพิ่มเอง โปรดเก็บหลักฐานไว้และขอความช่วยเหลือก่อนนำออก</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>การตรวจสอบบางอย่างทำไม่เสร็จ</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>ใครก็ตามที่มีรหัสผ่านบัญชีอ่านข้อมูลสำรองบนคลาวด์ได้โดยไม่ต้องใช้โทรศัพท์</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>แอปพื้นที่เก็บข้อมูลบนคลาวด์</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>คอมพิวเตอร์ที่ไม่ได้ใช้มาสักพักจะต้องได้รับอนุญาตใหม่</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>คอมพิวเตอร์ที่จับคู่กับโทรศัพท์เครื่องนี้ควบคุมโทรศัพท์ผ่าน Wi-Fi ได้โดยไม่ต้องใช้สาย ถ้าเปิดไว้สำหรับการมาครั้งนี้ ให้ปิดเมื่อ hardener ทำงานเสร็จ ถ้าไม่ใช่ คนอื่นอาจกำลังใช้อยู่</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>มีสำเนาอยู่ในโทรศัพท์: {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>สำเนาของสิ่งที่คุณแปลอาจค้างอยู่ในบัญชี Google ของคุณ</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>แอปหาคู่</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>แอปผู้ดูแลอุปกรณ์ล็อกหรือล้างข้อมูลโทรศัพท์ได้ และนำออกได้ยาก</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>อาจมีคนใช้ใบหน้าหรือนิ้วของคุณเปิดโทรศัพท์ได้โดยที่คุณไม่ยินยอม</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>ที่ด่านพรมแดน อาจมีคนบังคับใช้นิ้วหรือใบหน้าของคุณได้ แต่ PIN ที่อยู่ในหัวของคุณบังคับไม่ได้</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>นิ้วหรือใบหน้าอาจถูกบังคับใช้ได้ ก่อนถึงช่วงเวลาที่เสี่ยง ให้ลบออกใน “การตั้งค่า” แล้ว “ความปลอดภัย” หรือใช้ “ปิดล็อก” จากเมนูเปิด/ปิด</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>นิ้วหรือใบหน้าอาจถูกบังคับใช้ได้: มีคนอาจจับโทรศัพท์มาที่ใบหน้าของคุณ หรือกดนิ้วของคุณลงบนโทรศัพท์ แต่ PIN อยู่ในหัวของคุณ ก่อนถึงช่วงเวลาที่เสี่ยง ให้ใช้ “ปิดล็อก” หรือลบลายนิ้วมือและใบหน้าออก</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>นิ้วหรือใบหน้าอาจถูกบังคับใช้ได้ แต่ PIN ที่อยู่ในหัวของคุณบังคับไม่ได้ โทรศัพท์ที่ปิดเครื่องอยู่อ่านข้อมูลได้ยากที่สุด</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>แป้นพิมพ์เห็นทุกอย่างที่คุณพิมพ์ รวมถึงรหัสผ่าน แป้นพิมพ์นี้ไม่ได้มากับโทรศัพท์ ถ้าคุณเลือกเอง โปรดตรวจดูว่าคุณเชื่อถือผู้สร้างแป้นพิมพ์นี้</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>แป้นพิมพ์เห็นทุกอย่างที่คุณพิมพ์ รวมถึงรหัสผ่าน แป้นพิมพ์นี้ติดตั้งจากนอกสโตร์แอป ถ้าคุณไม่ได้เลือกเอง อาจมีคนอ่านสิ่งที่คุณพิมพ์อยู่ อย่าเพิ่งนำออก: ถ้าแป้นพิมพ์นี้คอยดูอยู่ การนำออกอาจทำให้คนที่ติดตั้งรู้ตัว โปรดเก็บหลักฐานไว้และวางแผนความปลอดภัยก่อน</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>แอปส่งข้อความ</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>แอปติดตามตรวจสอบ</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>พบแอปติดตามตรวจสอบ: {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>หมายเลขที่ใช้ทั้งงานและชีวิตส่วนตัวจะเชื่อมทั้งสองเรื่องเข้าด้วยกันให้ใครก็ตามที่ตามดูเห็น</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>ลายนิ้วมือหรือนาฬิกาของคู่ครองอาจถูกตั้งค่าให้เปิดโทรศัพท์ของคุณได้</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>รูปแบบ (pattern) เดาง่าย มองข้ามไหล่เห็นง่าย และมักทิ้งรอยไว้บนหน้าจอ PIN ตั้งแต่ 6 หลักขึ้นไป หรือรหัสผ่าน ปลอดภัยกว่ามาก</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>โทรศัพท์ที่ถูกคว้าไปหลังหน้าจอดับไม่นาน อาจยังเปิดได้โดยไม่ต้องใช้ PIN</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>การตั้งค่าโทรศัพท์</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>โทรศัพท์ที่ถูกยึดไปขณะยังปลดล็อกอยู่ จะเปิดเผยทุกอย่าง</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>โทรศัพท์ที่ถูกยึดไปขณะหน้าจอยังเปิดอยู่จะเปิดอยู่: ไม่ต้องเดาอะไรเลย 30 วินาทีปลอดภัยกว่า</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>โทรศัพท์ที่ปิดเครื่องและล็อกด้วย PIN เปิดได้ยากที่สุด</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>โทรศัพท์ที่เปิดได้โดยไม่ต้องใช้ PIN จะทำให้ตำรวจเห็นทุกแชตกับลูกค้าทุกคน</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>โทรศัพท์ที่เปิดได้โดยไม่ต้องใช้ PIN จะทำให้ตำรวจหรือคนที่แบล็กเมลเห็นทุกอย่างในเครื่อง</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>โทรศัพท์ที่หน้าจอเปิดค้างอยู่ขณะชาร์จ จะเปิดให้ใครก็ได้ใช้</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>โทรศัพท์ที่ปิดเครื่องแล้วและยังไม่ได้ปลดล็อกตั้งแต่นั้น อ่านข้อมูลได้ยากที่สุด ถ้าคุณคาดว่าจะเจอตำรวจ ด่านพรมแดน หรือการบุกค้น ให้ปิดเครื่อง</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>โทรศัพท์ที่มีแอปประมาณ 600 แอป (Pixel 6a, Android 13): มีเกม ร้านค้า และเครื่องมือจำนวนมาก ใช้ทดสอบว่าเวลาในการสแกนไม่เพิ่มขึ้นตามจำนวนแอป</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>รูปที่โพสต์ในโฆษณาอาจมีข้อมูลว่าถ่ายที่ไหน</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>เบราว์เซอร์ส่วนตัวไม่เก็บประวัติและบล็อกตัวติดตาม Tor Browser ยังซ่อนตำแหน่งของคุณด้วย ติดตั้งสักตัว แล้วเปิด “การตั้งค่า” &gt; “แอป” &gt; “แอปเริ่มต้น” &gt; “แอปเบราว์เซอร์”</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>ผู้ให้บริการที่คุณเลือก</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>มีการตั้งพร็อกซีไว้สำหรับทั้งโทรศัพท์: คอมพิวเตอร์เครื่องอื่นจะเห็นและเปลี่ยนสิ่งที่โทรศัพท์ส่งและรับได้ ถ้าคุณไม่ได้ตั้งเอง อาจมีคนกำลังดูการใช้อินเทอร์เน็ตของคุณ</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>หลักฐานที่เก็บไว้ช่วยหน่วยงานช่วยเหลือได้ และช่วยในการร้องเรียนภายหลังด้วย ถ้าคุณเลือกที่จะร้องเรียน</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>ตั้งค่าการล็อกหน้าจอไว้แล้ว</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>โปรไฟล์ที่สองแยกแอปออกจากกัน แต่อยู่ในโทรศัพท์เครื่องเดียวกัน: ใครก็ตามที่เปิดโทรศัพท์ได้อาจเปิดโปรไฟล์นั้นได้ด้วย และโปรไฟล์งานจะถูกควบคุมโดยผู้ที่จัดการโปรไฟล์นั้น โปรดรู้ว่าในแต่ละโปรไฟล์มีอะไรบ้าง</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>แอปความปลอดภัยถูกปิดอยู่: {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>ตัวตนสำหรับงานที่แยกต่างหาก</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>มีการตั้งค่าในโทรศัพท์เครื่องนี้ที่ต้องดูแล</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>มีการเปลี่ยนการตั้งค่า</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>องค์กรของพนักงานบริการ หน่วยงานช่วยเหลือด้านความรุนแรงในครอบครัว หรือสายด่วนด้านความปลอดภัยดิจิทัล ช่วยคุณตรวจสอบโทรศัพท์และตัดสินใจว่าจะทำอย่างไรได้ ใช้โทรศัพท์ตามปกติไปก่อนจนกว่าคุณจะมีแผน</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>แอปโซเชียล</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>แอปสอดแนม</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>แอปสอดแนมจะแสดงข้อความ การโทร และตำแหน่งของคุณให้คนอื่นเห็น</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>พบแอปสอดแนม: {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>แอปแปลภาษา</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>โปรไฟล์งานถูกจัดการโดย {app}</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>สิทธิ์การช่วยเหลือพิเศษทำให้แอปอ่านทุกอย่างบนหน้าจอ เห็นสิ่งที่คุณพิมพ์ และแตะแทนคุณได้ แอปสอดแนมใช้สิทธิ์นี้ ให้สิทธิ์นี้เฉพาะแอปที่คุณเลือกเอง เช่น โปรแกรมอ่านหน้าจอ</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>แอปการช่วยเหลือพิเศษ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>บัญชี</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>บัญชีคัดลอกข้อมูลออกจากโทรศัพท์โดยอัตโนมัติ</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>บัญชีในโทรศัพท์เครื่องนี้: {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>บัญชี: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>การปกป้องขั้นสูงมาพร้อมกับ Android 16 ในโทรศัพท์เครื่องนี้ สิ่งที่ช่วยได้มากที่สุดคือ PIN ที่คาดเดายาก “ปิดล็อก” และการปิดเครื่อง</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>การปกป้องขั้นสูงปิดอยู่</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>การปกป้องขั้นสูงเปิดอยู่</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>การปกป้องขั้นสูง: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>แอปโฆษณาและแอปหาคู่ในช่วงที่ตำรวจกำลังตามหา</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>หลังจาก 5 นาที</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>หลังจากรีสตาร์ท</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>หลังหน้าจอดับ ใครก็ตามที่หยิบโทรศัพท์ในช่วงเวลานั้นจะเปิดได้โดยไม่ต้องใช้ PIN ของคุณ ให้ล็อกทันที หรือภายใน 5 วินาทีเป็นอย่างมาก</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>ดีอยู่แล้ว</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>ตั้งค่าไว้อย่างปลอดภัยอยู่แล้วและไม่ได้เปลี่ยน: {count}</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>แอป</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>แอป (อ่านชื่อไม่ได้)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>แอปที่ได้รับอนุญาตให้บันทึกหน้าจอโดยไม่ต้องถาม อาจคัดลอกการแสดงและแชตของคุณได้</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>สโตร์แอป</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>แอปที่แสดงทับแอปอื่นได้ อาจแสดงหน้าจอปลอมเพื่อขโมย PIN ของคุณ</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>แอปที่อ่านการแจ้งเตือนได้จะเห็นตัวอย่างข้อความทุกข้อความ</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>แอปที่อ่านรายชื่อติดต่อของคุณได้ อาจเชื่อมโยงโปรไฟล์งานของคุณกับคนที่คุณรู้จัก</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>แอปที่มีสิทธิ์การช่วยเหลือพิเศษอ่านหน้าจอของคุณและทำสิ่งต่าง ๆ แทนคุณได้</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>แอปที่ใช้กล้องหรือไมโครโฟนได้ อาจบันทึกภาพหรือเสียงของคุณและการแสดงของคุณ</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>ตำแหน่งที่แน่นอนบอกได้ว่าคุณอยู่และทำงานที่ไหน ตำแหน่งโดยประมาณก็เพียงพอสำหรับนัดเจอใกล้ ๆ แล้ว</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>เจ้าหน้าที่ที่ถือโทรศัพท์ที่ล็อกอยู่ อ่านข้อความที่แสดงบนหน้าจอได้</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>โทรศัพท์สำหรับงานลงพื้นที่ที่มีข้อมูลแบบสำรวจหรือข้อมูลผู้รับบริการ</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>รหัสเลิกทำมีตัวอักษรและตัวเลข 12 ตัว เช่น 7KQ2-M9XD-4TPR</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>Android 16 บล็อกแอปจากนอกสโตร์ เครือข่าย 2G รุ่นเก่า และการเชื่อมต่อ USB ใหม่ขณะโทรศัพท์ล็อกอยู่ได้ ทำให้โทรศัพท์ที่ถูกยึดไปอ่านข้อมูลได้ยากขึ้น โดยมีข้อจำกัดกับแอปบางอย่าง</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>การสำรองข้อมูลของ Android จะคัดลอกข้อมูลแอปและการตั้งค่า และบ่อยครั้งรวมถึงข้อความ SMS และประวัติการโทรเมื่อใช้กับ Google ไปไว้ในบัญชีของคุณ ใครก็ตามที่มีรหัสผ่าน หรือบริษัทเมื่อตำรวจขอ อ่านข้อมูลนี้ได้โดยไม่ต้องใช้โทรศัพท์</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>การสำรองข้อมูลของ Android ปิดอยู่</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>การสำรองข้อมูลของ Android ไปยังคลาวด์</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Android กำลังเรียกใช้แอปนี้เป็นบริการการช่วยเหลือพิเศษ ซึ่งทำให้แอปอ่านทุกอย่างบนหน้าจอได้ แต่แอปนี้ไม่อยู่ในรายการแอปการช่วยเหลือพิเศษในการตั้งค่า อย่าเพิ่งนำออก: ถ้าแอปนี้คอยดูอยู่ การนำออกอาจทำให้คนที่ติดตั้งรู้ตัว โปรดเก็บหลักฐานไว้และวางแผนความปลอดภัยก่อน</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android:</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>โปรแกรมอื่นในคอมพิวเตอร์เครื่องนี้ (เซิร์ฟเวอร์ “adb” ของ Google, โพรเซส {pid}) กำลังใช้โทรศัพท์อยู่ hardener เชื่อมต่อผ่านโปรแกรมนั้นได้ ซึ่งโทรศัพท์อาจถาม “อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม” อีกครั้งสำหรับโปรแกรมนั้น หรือ hardener หยุดโปรแกรมนั้นได้ถ้าคุณตกลง หรือคุณจะปิดโปรแกรมนั้นเองก็ได้</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>มีเซสชันอื่นกำลังเปลี่ยนการตั้งค่าโทรศัพท์เครื่องนี้อยู่ตอนนี้ โปรดรอจนเสร็จ แล้วลองอีกครั้ง (ถ้าไม่มีเซสชันอื่นทำงานอยู่ ให้ลองอีกครั้งใน {minutes} นาที)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>ใครก็ตามที่ถือโทรศัพท์ที่ล็อกอยู่ อ่านข้อความที่แสดงบนหน้าจอได้</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>ใครก็ตามที่หยิบโทรศัพท์เครื่องนี้เปิดและอ่านได้ทุกอย่าง: ข้อความ รูปภาพ รายชื่อติดต่อ และประวัติการแปลภาษา โปรดตั้ง PIN ตั้งแต่ 6 หลักขึ้นไป หรือรหัสผ่าน</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>สิทธิ์ของแอป: อ่านไม่ได้</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>ทำการเปลี่ยนแปลง %n รายการไหม</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>แอปและสิทธิ์</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>แอปแบบนี้อัปโหลดรายชื่อติดต่อของคุณและใช้เพื่อแนะนำ “คนที่คุณอาจรู้จัก” ลูกค้า เพื่อนร่วมงาน หรือครอบครัวจึงอาจเห็นโปรไฟล์ของคุณ หรือคุณเห็นโปรไฟล์ของพวกเขา ซึ่งอาจทำให้ตัวตนของคุณถูกเปิดเผย</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>แอปที่ปลอมเป็น Android: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>แอปที่ทำงานเหมือนแอปสอดแนม: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>แอปที่ติดตั้งแอปอื่นได้: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>แอปที่แสดงทับแอปอื่น: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>แอปที่อ่านรายชื่อติดต่อของคุณได้ อาจแสดงโปรไฟล์ของคุณให้ลูกค้าหรือครอบครัวเห็น</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>แอปที่ไม่มีไอคอน: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>แอปที่คุณอนุญาตรู้ได้ว่าคุณอยู่ที่ไหน ปิดตำแหน่งเมื่อคุณไปทำงานหรือไปที่ที่คนอื่นต้องไม่รู้ และเปิดอีกครั้งเมื่อต้องใช้แผนที่</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>แอป: {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>ขอให้บริษัทโทรศัพท์ของคุณระงับซิมการ์ดและออกซิมใหม่ให้ ปกติคุณจะใช้หมายเลขเดิมได้</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>ให้ถือว่าทุกอย่างในเครื่องถูกคัดลอกไปแล้ว</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>ที่ด่านพรมแดน: ปิดเครื่องโทรศัพท์</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>ตอนจบ ให้ hardener จบเซสชันให้ หรือเปิด “การตั้งค่า” &gt; “ระบบ” &gt; “ตัวเลือกสำหรับนักพัฒนาแอป” แล้วปิดสวิตช์ด้านบน</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>ตอนจบ: เพิกถอนการให้สิทธิ์การแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>ตอนจบ: ปิดการแก้ไขข้อบกพร่องผ่าน Wi-Fi</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>อัตโนมัติ</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>การซิงค์อัตโนมัติไม่มีบัญชีที่จะคัดลอกไป</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>การซิงค์อัตโนมัติปิดอยู่</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>การซิงค์อัตโนมัติ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>การสำรองข้อมูล: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>ก่อนอาจถูกจับกุมหรือถูกบุกค้น</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>ก่อนถูกค้น: ปิดเครื่อง หรือล็อกให้แน่นหนา</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>ก่อนเปลี่ยนแปลงอะไร ให้เก็บหลักฐานไว้ก่อน: ถ่ายรูปหน้าจอนี้ด้วยโทรศัพท์อีกเครื่อง หรือบันทึกรายงานนี้ไว้ในอุปกรณ์ที่คุณใช้คนเดียว หลักฐานนี้อาจช่วยได้ภายหลังเมื่อติดต่อองค์กรช่วยเหลือหรือทนายความ ไม่ว่าคุณจะตัดสินใจอย่างไร</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>โทรศัพท์ทดสอบประสิทธิภาพ: Pixel 6a บน Android 13 ที่มีแอปประมาณ 1000 แอป</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>โทรศัพท์ทดสอบประสิทธิภาพ: Pixel 6a บน Android 13 ที่มีแอปประมาณ 300 แอป</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>โทรศัพท์ทดสอบประสิทธิภาพ: Pixel 6a บน Android 13 ที่มีแอปประมาณ 50 แอป</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>นอกจากคอมพิวเตอร์เครื่องนี้ โทรศัพท์ยังเชื่อถือคอมพิวเตอร์เครื่องอื่นสำหรับการแก้ไขข้อบกพร่อง USB (จำนวน: {others}) ใครที่มีคอมพิวเตอร์เครื่องนั้นเสียบโทรศัพท์ตอนที่ปลดล็อกอยู่ แล้วคัดลอกไฟล์ ติดตั้งแอป หรือดูหน้าจอได้ โปรดเพิกถอนการให้สิทธิ์เมื่อ hardener ทำงานเสร็จ</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>การสแกนหาบลูทูธขณะบลูทูธปิดอยู่</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>เจ้าหน้าที่ด่านพรมแดนค้นโทรศัพท์ที่เปิดได้โดยไม่ต้องใช้ PIN ได้</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>โทรหรือเขียนขอความช่วยเหลือจากโทรศัพท์หรือคอมพิวเตอร์ที่คนที่คอยดูคุณไม่เคยแตะต้อง โทรศัพท์ที่ถูกสอดแนมอาจแสดงให้เขาเห็นว่าคุณติดต่อใคร</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>กล้อง ไมโครโฟน การบันทึกหน้าจอ และการช่วยเหลือพิเศษ: ให้เฉพาะแอปที่คุณเลือกเท่านั้น</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>ใบรับรองที่เพิ่มเข้าไปในโทรศัพท์: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>เปลี่ยนรหัสผ่านของคุณ</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>ชาร์จโทรศัพท์ให้เต็มและเสียบสายไว้ เปิด “การตั้งค่า” &gt; “ความปลอดภัย” &gt; “เข้ารหัสโทรศัพท์” อาจใช้เวลาหนึ่งชั่วโมง ตั้ง PIN หรือรหัสผ่านก่อน</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>แชตและรูปภาพที่สำรองข้อมูลไว้บนคลาวด์ อ่านได้โดยไม่ต้องใช้โทรศัพท์</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>ตรวจสอบการสำรองข้อมูลของ Google Photos</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>ตรวจสอบ Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>ตรวจสอบการสำรองข้อมูลของ WhatsApp และรูปภาพ</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>ตรวจสอบการสำรองข้อมูลแชต WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>ตรวจสอบ Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>ตรวจสอบแอปจากนอกสโตร์แอป</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>ตรวจสอบแอปที่ไม่ได้มาจากสโตร์แอป</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>ตรวจสอบแอปที่แสดงทับแอปอื่น</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>ตรวจสอบแอปที่มีสิทธิ์เข้าถึงการใช้งาน</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>ตรวจสอบแอปผู้ดูแลอุปกรณ์</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>ตรวจสอบการปลดล็อกด้วยลายนิ้วมือและใบหน้า</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>ตรวจสอบลายนิ้วมือ ใบหน้า และ Smart Lock เมื่อปลอดภัยที่จะทำ</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>ตรวจสอบอย่างเดียว</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>ตรวจสอบอย่างเดียว แล้วคุยกับคนที่คุณไว้ใจ</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>ตรวจดูว่าแอปนี้จำเป็นต้องใช้สิทธิ์เหล่านี้จริงไหม คุณเอาสิทธิ์ไหนออกก็ได้ ถ้าแอปจำเป็นต้องใช้จริง แอปจะขออีกครั้ง</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>ตรวจสอบบัญชี</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>ตรวจสอบว่ามีอะไรถูกสำรองข้อมูลไว้บ้าง</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>ตรวจสอบว่าแอปนี้อัปโหลดอะไรบ้าง</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>ตรวจสอบว่าแอปของคุณสำรองข้อมูลอะไรไว้บนคลาวด์บ้าง</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>ตรวจสอบว่าแอปไหนบันทึกหน้าจอของคุณได้</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>ตรวจสอบว่าเบราว์เซอร์ไหนเปิดลิงก์ของคุณ และเลือกเบราว์เซอร์ที่เก็บข้อมูลเกี่ยวกับคุณน้อยกว่า</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>ตรวจสอบว่าคุณใช้แป้นพิมพ์ไหน</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>ตรวจสอบว่าใครหาคุณเจอได้จากหมายเลขโทรศัพท์</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>ตรวจสอบว่าลายนิ้วมือ ใบหน้า หรืออุปกรณ์ที่เชื่อถือของใครเปิดโทรศัพท์ได้</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>ตรวจสอบแอปเริ่มต้นของคุณ</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>เลือกเบราว์เซอร์ที่เก็บข้อมูลเกี่ยวกับคุณน้อยกว่า</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>เลือกว่าจะซิงค์อะไรไปยังคลาวด์</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>เลือกว่าบัญชีนี้จะคัดลอกอะไร</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>ล้างประวัติในแอปแปลภาษา</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>ล้างประวัติในแอป</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>ล้างประวัติการแปล</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>ล้างประวัติการแปลก่อนเดินทาง</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>บัญชีคลาวด์ การซิงค์ และการสำรองข้อมูล</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>แอปคลาวด์: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>คอมพิวเตอร์ที่ได้รับอนุญาตให้แก้ไขข้อบกพร่อง USB จะได้รับอนุญาตตลอดไป</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>คอมพิวเตอร์ที่เชื่อถือสำหรับการแก้ไขข้อบกพร่อง USB: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>คอมพิวเตอร์ที่เชื่อถือสำหรับการแก้ไขข้อบกพร่อง USB: {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>เชื่อมต่อด้วย: {command}   (กด Ctrl-C เพื่อหยุด)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>รายชื่อติดต่อและรูปภาพบนคลาวด์อ่านได้โดยไม่ต้องใช้โทรศัพท์</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>ตรวจสอบไม่ได้</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>ตรวจสอบไม่ได้ ({count}):</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>ตรวจสอบไม่ได้</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>เข้าถึงพวงกุญแจ (keyring) ไม่ได้ จึงไม่ได้ลบคีย์ (ถ้ามี): {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>ข้ามพรมแดนหรือเดินทาง</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>แอปหาคู่และแอปโฆษณาไม่ได้รับรายชื่อติดต่อและตำแหน่งที่แน่นอนของคุณ ใช้หมายเลขแยก และไม่แสดงข้อความบนหน้าจอล็อก</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>แอปหาคู่และตำแหน่ง: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>จัดการแอปสอดแนมหลังจากวางแผนความปลอดภัยแล้วเท่านั้น</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>จัดการแอปสอดแนมอย่างระมัดระวัง</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>แอป SMS และแอปโทรศัพท์เริ่มต้น: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>เบราว์เซอร์เริ่มต้น: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>ลบประวัติ Google แปลภาษาในบัญชี Google ของคุณ</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>ลบวลีที่บันทึกไว้</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>ลบประวัติการแปลในบัญชี Google ของคุณ</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>ลบประวัติการแปลที่เก็บไว้ในบัญชี Google ของคุณ</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>ลบประวัติการแปลที่เก็บไว้ในบัญชีของคุณ</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>ตัวเลือกสำหรับนักพัฒนาแอป</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>แอปผู้ดูแลอุปกรณ์: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>สิทธิ์ผู้ดูแลอุปกรณ์ทำให้แอปล็อกโทรศัพท์ ลบข้อมูลทั้งหมด หรือกันไม่ให้คุณนำแอปออกได้ ให้สิทธิ์นี้เฉพาะแอปที่คุณรู้จัก เช่น “ค้นหาอุปกรณ์ของฉัน” หรือแอปของที่ทำงาน</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>คุณรู้จักแอปนี้ไหม</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>คุณรู้ไหมว่าทำไมแอปนี้ถึงอยู่ในเครื่อง</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>เสร็จแล้ว: เปลี่ยนแล้ว {changed}, ดีอยู่แล้ว {already}, ไม่ได้เปลี่ยน {not_applied}, ข้าม {skipped}, ไม่สำเร็จ {failed} (รับส่งกับโทรศัพท์ {round_trips} รอบ)</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>ทุกบัญชีที่ลงชื่อเข้าใช้ในโทรศัพท์ จะเปิดให้ค้นอีเมล รูปภาพ และแชตของบัญชีนั้นได้</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>ทุกครั้งที่แอปขอบันทึกหรือแคสต์หน้าจอของคุณ ให้อ่านดูว่าเป็นแอปไหน การติ๊ก “ไม่ต้องแสดงอีก” จะทำให้แอปบันทึกได้ในภายหลังโดยไม่ต้องถาม</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>เข้ารหัสโทรศัพท์</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>การเข้ารหัส:</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>การเข้ารหัส: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>ลบบันทึกสำหรับเลิกทำในโทรศัพท์ไหม หลังจากนั้นจะเลิกทำการเปลี่ยนแปลงไม่ได้อีก</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>แม้ปิด Wi-Fi และบลูทูธแล้ว โทรศัพท์ก็ยังค้นหาเครือข่ายและอุปกรณ์ใกล้เคียง ซึ่งบอกแอปและ Google ได้ว่าคุณอยู่ที่ไหน แม้อยู่ในอาคาร มีคนส่วนน้อยที่ต้องใช้ฟีเจอร์นี้</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>บริการการช่วยเหลือพิเศษทุกตัวที่ Android เรียกใช้อยู่ มีอยู่ในรายการในการตั้งค่า</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>ทุกแอปที่ติดตั้งจากนอกสโตร์มีไอคอน</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>ทุกแอปที่ใช้ชื่อที่ Android สงวนไว้สำหรับตัวเอง มากับโทรศัพท์</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>ทุกแอปที่คุณติดตั้งมาจากสโตร์แอป</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>ทุกอย่างที่เก็บไว้ในแอปจะหายไปด้วย: ภาษาออฟไลน์ที่คุณดาวน์โหลด วลีที่บันทึกไว้ การตั้งค่า และการลงชื่อเข้าใช้ คุณดาวน์โหลดภาษาใหม่ได้ภายหลัง</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>ทุกอย่างในโทรศัพท์เครื่องนี้อยู่รวมกันที่เดียว ถ้าใช้ทั้งงานและชีวิตส่วนตัวในเครื่องเดียว ให้แยกหมายเลขและบัญชีกัน</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>ตั้งค่าการปลดล็อกด้วยใบหน้าไว้แล้ว</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>ก่อนเดินทาง ให้หาข้อมูลว่ากฎหมายอนุญาตให้เจ้าหน้าที่ที่ด่านพรมแดนนี้ขออะไรได้บ้าง องค์กรของพนักงานบริการหรือกลุ่มสิทธิของผู้ย้ายถิ่นบอกคุณได้</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>ตั้งค่าการปลดล็อกด้วยลายนิ้วมือและใบหน้าไว้แล้ว</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>การปลดล็อกด้วยลายนิ้วมือและใบหน้า: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>ตั้งค่าการปลดล็อกด้วยลายนิ้วมือไว้แล้ว</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>แก้ไขแล้ว</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>สำหรับการมาครั้งแรก หรือโทรศัพท์ที่อาจมีคนคอยดูอยู่: ดูก่อนที่จะเปลี่ยนอะไร</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>สำหรับโทรศัพท์ของทีมที่มีข้อมูลของคนอื่น: ล็อกให้แน่นหนา และไม่เก็บข้อมูลนั้นไว้บนคลาวด์</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>สำหรับทุกคนที่ข้ามพรมแดนหรือเดินทางไปทำงาน โดยเฉพาะผู้ย้ายถิ่นที่สถานะอาจถูกตั้งคำถาม</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>สำหรับทุกคนที่อาจถูกตำรวจจับกุม บุกค้น หรือตรวจค้น และถูกยึดโทรศัพท์</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>สำหรับทุกคนที่แสดงผ่านเว็บแคมหรือสร้างคอนเทนต์ด้วยโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>สำหรับทุกคนที่หาลูกค้าผ่านแอปหาคู่ โซเชียลมีเดีย หรือเว็บไซต์โฆษณาที่ตำรวจก็คอยดูอยู่</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>สำหรับทุกคนที่แยกงานบริการออกจากครอบครัว เพื่อน และงานประจำ</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>สำหรับทุกคนที่คู่ครอง อดีตคู่ครอง หรือลูกค้าอาจกำลังอ่านโทรศัพท์ หรือใช้สิ่งที่อยู่ในโทรศัพท์มาทำร้าย</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>สำหรับผู้ย้ายถิ่นและทุกคนที่คุยกับลูกค้าหรือเจ้าหน้าที่ผ่านแอปแปลภาษา</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>สำหรับเจ้าหน้าที่ลงพื้นที่และองค์กรที่มีข้อมูลของคนอื่นอยู่ในโทรศัพท์</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>สำหรับคนที่ใช้แอปแปลภาษาทุกวัน: เก็บประวัติไว้ให้สั้นและไม่ให้ขึ้นคลาวด์</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>พบปัญหาที่ต้องแก้ %n เรื่อง</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>ใช้โทรศัพท์หรือคอมพิวเตอร์เครื่องอื่น เปลี่ยนรหัสผ่านของบัญชีอีเมล แอปส่งข้อความ โซเชียลมีเดีย และคลาวด์</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>ขอความช่วยเหลือจากคนที่รู้เรื่องนี้</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>ให้แอปหาคู่รู้แค่ตำแหน่งโดยประมาณ</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>ดูผลลัพธ์ทีละรายการ</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>ข้อควรรู้</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>ดีแล้ว PIN ตั้งแต่ 6 หลักขึ้นไป หรือรหัสผ่าน ปกป้องโทรศัพท์ได้ดีที่สุด PIN สั้น ๆ อย่าง 1234 หรือวันเกิดเดาได้ง่าย ถ้า PIN ของคุณเป็นแบบนั้น โปรดเปลี่ยน</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>ดีแล้ว คอมพิวเตอร์ควบคุมโทรศัพท์เครื่องนี้ผ่านสายไม่ได้</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>ดีแล้ว โทรศัพท์ที่ถูกคว้าไปหลังหน้าจอดับไม่นานก็ต้องใช้ PIN ของคุณแล้ว</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>ดีแล้ว Android เข้ารหัสชื่อเว็บไซต์ที่คุณใช้ในทุกเครือข่ายที่ทำได้</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>ดีแล้ว ตอนนี้แอปรู้ไม่ได้ว่าคุณอยู่ที่ไหนจากตำแหน่งของโทรศัพท์</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>ดีแล้ว เมื่ออยู่นอกสถานที่ที่เชื่อถือ คนที่รู้ PIN ของคุณก็ยังเปลี่ยน PIN หรือปิดการป้องกันไม่ได้ถ้าไม่มีลายนิ้วมือหรือใบหน้าของคุณ</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>ดีแล้ว Google Play ตรวจหาแอปที่รู้ว่าเป็นอันตรายในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>ดีแล้ว กดปุ่มเปิด/ปิดค้างไว้แล้วแตะ “ปิดล็อก” เมื่อโทรศัพท์อาจถูกยึด</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>ดีแล้ว ไม่มีบริการการช่วยเหลือพิเศษที่เปิดอยู่</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>ดีแล้ว ไม่มีแอปที่ล็อกหรือลบข้อมูลโทรศัพท์ หรือกันไม่ให้คุณนำแอปออกได้</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>ดีแล้ว ไม่มีแอปที่ได้รับสิทธิ์เข้าถึงการแจ้งเตือนทั้งหมดของคุณ</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>ดีแล้ว ไม่มีแอปในโทรศัพท์เครื่องนี้ที่ติดตั้งจากไฟล์หรือโดยแอปอื่น</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>ดีแล้ว ไม่มีแอปที่คุณติดตั้งที่ใช้ตำแหน่ง ไมโครโฟน กล้อง ข้อความ การโทร หรือรายชื่อติดต่อได้</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>ดีแล้ว ไม่มีแอปที่คุณติดตั้งที่มีสิทธิ์เข้าถึงนี้</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>ดีแล้ว ไม่มีแอปหาคู่ในโทรศัพท์เครื่องนี้ที่รู้ตำแหน่งที่แน่นอนของคุณ</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>ดีแล้ว ไม่มีแอปอื่นในโทรศัพท์เครื่องนี้ที่ติดตั้งแอปใหม่ได้</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>ดีแล้ว ไม่มีข้อมูลออกจากโทรศัพท์นอก VPN แม้ตอนที่เชื่อมต่อใหม่</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>ดีแล้ว มีแค่ PIN หรือรหัสผ่านของคุณที่เปิดโทรศัพท์ได้ และไม่มีใครบังคับใช้นิ้วหรือใบหน้ากับโทรศัพท์ได้</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>ดีแล้ว รูปที่ถ่ายด้วยกล้องของโทรศัพท์ไม่มีข้อมูลตำแหน่งของคุณ</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>ดีแล้ว คนที่ถือโทรศัพท์ที่ล็อกอยู่อ่านข้อความของคุณไม่ได้</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>ดีแล้ว ชื่อเว็บไซต์และแอปที่คุณใช้ถูกเข้ารหัสในทุกเครือข่าย</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>ดีแล้ว โทรศัพท์ไม่ปลดล็อกค้างไว้เองในบางสถานที่หรือเมื่ออยู่ใกล้อุปกรณ์บางเครื่อง</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>ดีแล้ว โทรศัพท์มีการแก้ไขด้านความปลอดภัยของรอบนี้ ทำให้เจาะเข้าได้ยากขึ้น</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>ดีแล้ว โทรศัพท์ล็อกเองแม้ขณะเสียบสายชาร์จอยู่</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>ดีแล้ว โทรศัพท์ล็อกเองในไม่ช้าเมื่อคุณวางไว้</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>ดีแล้ว โทรศัพท์ปฏิเสธแอปจากนอกสโตร์ เครือข่ายรุ่นเก่า และการเชื่อมต่อ USB ใหม่ขณะล็อกอยู่</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>ดีแล้ว แอปโซเชียล แอปหาคู่ และแอปแสดงหมายเลขผู้โทรในโทรศัพท์เครื่องนี้อ่านรายชื่อติดต่อของคุณไม่ได้</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>ดีแล้ว ข้อมูลเหล่านี้อยู่ในโทรศัพท์เท่านั้น</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>ดีแล้ว เบราว์เซอร์นี้เก็บข้อมูลเกี่ยวกับสิ่งที่คุณดูน้อยกว่า</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>ดีแล้ว เมื่อโทรศัพท์ล็อกอยู่หรือปิดเครื่อง จะอ่านข้อมูลในเครื่องไม่ได้ถ้าไม่มี PIN หรือรหัสผ่านของคุณ การเข้ารหัสแข็งแรงได้เท่ากับ PIN หรือรหัสผ่านนั้นเท่านั้น</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>ดีแล้ว เมื่อปิด Wi-Fi และบลูทูธ โทรศัพท์จะไม่คอยค้นหาสถานที่ใกล้เคียงอีก</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8 บน Android 14 ที่ตั้งค่าอย่างระมัดระวัง: ล็อกด้วย PIN ซ่อนเนื้อหาการแจ้งเตือนบนหน้าจอล็อก มีบัญชี Google บัญชีเดียว เปิดการสำรองข้อมูล พบปัญหาไม่มาก</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9 บน Android 15 ที่มีโปรไฟล์งาน (ผู้ใช้ 10) ซึ่งนายจ้างเป็นผู้จัดการ ล็อกด้วย PIN เปิดการปลดล็อกด้วยใบหน้าและ Smart Lock</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>ไม่มี Google แปลภาษาในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>โทรศัพท์เครื่องนี้อาจยังมีการป้องกันการโจรกรรมของ Google ให้ใช้ hardener มองไม่เห็นว่าเปิดอยู่หรือไม่ โปรดตรวจสอบในการตั้งค่า</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>ซ่อนอยู่</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>ซ่อนข้อความบนหน้าจอล็อก</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>ซ่อนเนื้อหาข้อความบนหน้าจอล็อก</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>กดปุ่มเปิด/ปิดค้างไว้ (ในโทรศัพท์บางรุ่น: กดปุ่มเปิด/ปิดและปุ่มเพิ่มเสียงพร้อมกัน) แล้วแตะ “ปิดล็อก” จากนั้นโทรศัพท์จะต้องใช้ PIN ของคุณ: ลายนิ้วมือ ใบหน้า และ Smart Lock จะใช้ไม่ได้จนกว่าคุณจะป้อน PIN ในโทรศัพท์ที่ไม่มี “ปิดล็อก” ให้ปิดเครื่องแทน</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>กดปุ่มเปิด/ปิดค้างไว้ แล้วแตะ “ปิดล็อก” จากนั้นโทรศัพท์จะต้องใช้ PIN ของคุณ: ลายนิ้วมือ ใบหน้า และ Smart Lock จะใช้ไม่ได้จนกว่าคุณจะป้อน PIN</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>วิธีเลิกทำ</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>การตรวจสอบตัวตน (Identity Check) เปิดอยู่</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>ไม่เห็นว่าเปิดการตรวจสอบตัวตน (Identity Check) ไว้</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>การตรวจสอบตัวตน (Identity Check): อ่านไม่ได้</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>ถ้าโทรศัพท์อาจถูกยึดหรือถูกค้นในเร็ว ๆ นี้</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>ถ้าโทรศัพท์ถูกยึดหรือหายไป</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>ถ้าโทรศัพท์เครื่องนี้ถูกยึด ข้อมูลของคนอื่นจะถูกเปิดเผย ไม่ใช่แค่ข้อมูลของคุณ</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>ถ้าคุณติดตั้งแอปนี้เอง ให้เปิดการตั้งค่าของแอปแล้วตรวจดูว่าใครเห็นตำแหน่ง การบันทึก หรือหน้าจอของคุณได้ ถ้าคุณไม่ได้ติดตั้งเอง โปรดเก็บหลักฐานไว้และขอความช่วยเหลือ</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>ถ้าคุณใช้ Google แปลภาษาบนเว็บหรือบนอุปกรณ์อื่นขณะลงชื่อเข้าใช้อยู่ บัญชี Google ของคุณอาจยังเก็บคำแปลของคุณไว้</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>ทันที</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>สำคัญ</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>ใน Google แปลภาษา ให้เปิด “บันทึกไว้” (รูปดาว) แล้วลบวลีที่คุณไม่ต้องการให้เก็บไว้: วลีเหล่านี้เก็บอยู่ในบัญชีของคุณ</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>ใน LINE ให้ใช้ Letter Sealing และลบแชตที่ไม่จำเป็น: เปิดแชต &gt; เมนู &gt; การตั้งค่า &gt; ลบประวัติการแชต</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>ใน Messenger ให้เปิดแชต แตะที่ชื่อ แล้วแตะ “ข้อความที่หายไป” (หรือ “โหมดหายไป”)</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>ใน Signal ให้เปิด “การตั้งค่า” &gt; “ความเป็นส่วนตัว” &gt; “ตัวจับเวลาเริ่มต้นสำหรับแชตใหม่” แล้วเลือกเวลา สำหรับแชตที่มีอยู่แล้ว: เปิดแชต แตะที่ชื่อ แล้วแตะ “ข้อความที่หายไป”</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>ใน Telegram ให้เปิด “การตั้งค่า” &gt; “ความเป็นส่วนตัวและความปลอดภัย” &gt; “ลบข้อความอัตโนมัติ” แล้วเลือกเวลา แชตปกติจะถูกเก็บไว้บนเซิร์ฟเวอร์ของ Telegram ด้วย: ใช้ “แชตลับ” กับลูกค้า</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>ใน Viber ให้เปิดแชต แตะที่ชื่อ แล้วแตะ “ข้อความที่หายไป” และเลือกเวลา</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>ใน WhatsApp Business ให้เปิด “การตั้งค่า” &gt; “ความเป็นส่วนตัว” &gt; “ตัวจับเวลาข้อความเริ่มต้น” แล้วเลือก 24 ชั่วโมงหรือ 7 วัน สำหรับแชตที่มีอยู่แล้ว: เปิดแชต แตะที่ชื่อ แล้วแตะ “ข้อความที่หายไป”</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>ใน WhatsApp ให้เปิด “การตั้งค่า” &gt; “ความเป็นส่วนตัว” &gt; “ตัวจับเวลาข้อความเริ่มต้น” แล้วเลือก 24 ชั่วโมงหรือ 7 วัน สำหรับแชตที่มีอยู่แล้ว: เปิดแชต แตะที่ชื่อ แล้วแตะ “ข้อความที่หายไป”</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>ใน WhatsApp: “การตั้งค่า” &gt; “แชต” &gt; “การสำรองข้อมูลแชต”: เลือก “ไม่เลย” หรือป้องกันข้อมูลสำรองด้วยการเข้ารหัสจากต้นทางถึงปลายทาง ใน Google Photos: แตะรูปโปรไฟล์ของคุณ &gt; “การตั้งค่า Photos” &gt; “การสำรองข้อมูล”</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>ในแชต Instagram ให้ปัดขึ้นเพื่อเปิดโหมดหายไป ข้อความที่คุณส่งไปแล้วจะยังอยู่: ลบข้อความที่คุณไม่อยากให้ใครเจอ</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>ในการตั้งค่าความปลอดภัยของแต่ละบัญชี ให้ออกจากระบบในอุปกรณ์อื่นทั้งหมด เพื่อให้โทรศัพท์ที่ถูกยึดไปเข้าถึงบัญชีไม่ได้อีก</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>ในแต่ละแอปที่เก็บแชตหรือรูปภาพ ให้เปิดการตั้งค่าของแอปแล้วหา “การสำรองข้อมูล” ถ้าบัญชีที่แอปคัดลอกข้อมูลไปเก็บไม่ปลอดภัย ให้ปิดการสำรองข้อมูลหรือป้องกันไว้ และลบข้อมูลสำรองเก่าในบัญชีนั้น</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>ในแต่ละแอปหาคู่และแอปส่งข้อความ ให้เปิด “ความเป็นส่วนตัว” แล้วปิด “ให้คนอื่นหาฉันด้วยหมายเลขโทรศัพท์” และการอัปโหลดรายชื่อติดต่อ</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>ในบางที่ การลบข้อมูลโทรศัพท์จากระยะไกลอาจถูกนำมาใช้เป็นหลักฐานเอาผิดคุณได้ ถ้าทำได้ ให้ขอคำแนะนำก่อน</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram: ใช้โหมดหายไป</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>ติดตั้ง VPN ที่คุณเชื่อถือแล้วลงชื่อเข้าใช้ จากนั้นเปิด “การตั้งค่า” &gt; “เครือข่าย” (หรือ “การเชื่อมต่อ”) &gt; “VPN” แตะรูปเฟืองข้าง VPN นั้น แล้วเปิด “VPN แบบเปิดตลอดเวลา” และ “บล็อกการเชื่อมต่อโดยไม่ใช้ VPN”</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>ติดตั้งการอัปเดตความปลอดภัย</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>เก็บหลักฐานไว้ก่อน</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>เก็บหลักฐานสิ่งที่พบไว้</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>เก็บหลักฐานไว้ในที่ที่คนที่คอยดูคุณเข้าถึงไม่ได้</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>เก็บข้อมูลไว้ในโทรศัพท์ให้น้อยลง</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>แยกบัญชีงานกับบัญชีส่วนตัวออกจากกัน</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>ใช้หมายเลขแยกกันระหว่างงานกับชีวิตส่วนตัว</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>แยกรายชื่อติดต่อและบัญชีงานออกจากชีวิตส่วนตัว เพื่อไม่ให้แอปเชื่อมโยงทั้งสองเข้าด้วยกันได้</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>อย่าเก็บรูปและรายชื่อติดต่อเกี่ยวกับงานไว้บนคลาวด์</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>อย่าให้แอปหาคู่และแอปโซเชียลเข้าถึงรายชื่อติดต่อของคุณ</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>อย่าให้รูปมีข้อมูลตำแหน่งของคุณ</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>แป้นพิมพ์: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>รู้ไว้ว่าจะพูดอย่างไรถ้าถูกขอให้ปลดล็อก</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>การรู้ว่าโทรศัพท์แสดงอะไรบ้างคือก้าวแรก</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE: ลบแชตเก่า</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>ขั้นตอนสุดท้ายในโทรศัพท์: {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>ให้หน้าจอดับได้ขณะชาร์จ</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>ลิงก์จะเปิดในเบราว์เซอร์ที่โทรศัพท์เลือก โปรดเลือกเบราว์เซอร์ที่เก็บข้อมูลเกี่ยวกับคุณน้อยกว่า</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>ตำแหน่ง</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>ตำแหน่งปิดอยู่</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>ตำแหน่งเปิดอยู่</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>ตำแหน่ง: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>ล็อกหลังหน้าจอดับ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>ล็อกพื้นที่ส่วนตัวพร้อมกับโทรศัพท์</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>ล็อกโทรศัพท์ทันทีที่หน้าจอดับ</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>ล็อกโทรศัพท์ให้แน่นหนาตอนนี้</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>ล็อกหน้าจอภายใน 30 วินาทีหรือเร็วกว่านั้น</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>ปุ่ม “ปิดล็อก” ในเมนูเปิด/ปิด</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>ปุ่ม “ปิดล็อก”: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>“ปิดล็อก” มาพร้อมกับ Android 9 ในโทรศัพท์เครื่องนี้ ให้ปิดเครื่องเมื่อโทรศัพท์อาจถูกยึด: หลังรีสตาร์ท จะมีแค่ PIN หรือรหัสผ่านของคุณที่เปิดเครื่องได้</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>“ปิดล็อก” เป็นวิธีด่วนที่ทำให้โทรศัพท์ต้องใช้ PIN ของคุณ: จะปิดลายนิ้วมือ ใบหน้า Smart Lock และข้อความบนหน้าจอล็อก ในโทรศัพท์เครื่องนี้ต้องเปิดใช้ก่อน</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>“ปิดล็อก” อยู่ในเมนูเปิด/ปิด</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>“ปิดล็อก” ไม่อยู่ในเมนูเปิด/ปิด</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>“ปิดล็อก” ทำให้โทรศัพท์ขอ PIN: นิ้วหรือใบหน้าจะเปิดโทรศัพท์ไม่ได้</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>“ปิดล็อก” ทำให้โทรศัพท์ขอ PIN ของคุณ และจะไม่มีอะไรแสดงว่ามีตัวเลือกนี้อยู่จนกว่าจะใช้</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>“ปิดล็อก” อาจถูกซ่อนจากเมนูเปิด/ปิด</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>“ปิดล็อก” ต้องมีการล็อกหน้าจอ</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>“ปิดล็อก”: มีแค่ PIN ที่เปิดโทรศัพท์ได้</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>ดูใบรับรองที่เพิ่มเข้าไปในโทรศัพท์</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>ดูโทรศัพท์และอธิบายสิ่งที่พบ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>ดูก่อนโดยไม่เปลี่ยนอะไร จัดการแอปสอดแนมหลังจากวางแผนความปลอดภัยแล้วเท่านั้น จากนั้นจึงเปลี่ยนเฉพาะสิ่งที่คนที่คอยดูคุณสังเกตไม่เห็น</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>ดูก่อน ยังไม่เปลี่ยนอะไร</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>วางแผนความปลอดภัยก่อนนำแอปสอดแนมออก</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>วางแผนความปลอดภัยก่อนนำอะไรออก</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>ตั้งให้ข้อความหายไปเองในแต่ละแอปส่งข้อความ</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>ให้โทรศัพท์ลืมคอมพิวเตอร์</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>ให้หน้าจอดับเร็วขึ้น</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>อาจมีการเปลี่ยนแล้ว: เซสชันหยุดก่อนที่จะตรวจสอบรายการเหล่านี้ได้</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>เนื้อหาข้อความบนหน้าจอล็อก</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>ข้อความ</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>อ่านข้อความได้บนโทรศัพท์ที่ล็อกอยู่</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>ข้อความจากลูกค้า การนัดหมาย และรหัสต่าง ๆ แสดงบนหน้าจอล็อก ใครก็ตามที่ถือโทรศัพท์ (ตำรวจ คู่ครอง ลูกค้า) อ่านได้โดยไม่ต้องใช้ PIN ของคุณ</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>ข้อความบนหน้าจอล็อก: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>ข้อความที่ตำรวจจะอ่านก่อน: {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>ข้อความ รูปภาพ รายชื่อติดต่อ และประวัติแอปอาจถูกอ่านหรือคัดลอกไปแล้ว แม้จะได้โทรศัพท์คืนมา</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger: ใช้ข้อความที่หายไป</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>แอปส่งข้อความ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>รุ่น</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>มีโทรศัพท์เสียบอยู่มากกว่าหนึ่งเครื่อง ({serials}) ถอดเครื่องอื่นออก หรือเลือกหนึ่งเครื่อง</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Motorola One Vision บน Android 10: ล็อกด้วยรหัสผ่าน ปิดการสำรองข้อมูล ปิดการซิงค์อัตโนมัติ มีแอปหาคู่รุ่นเก่า และมี VPN กับแป้นพิมพ์ที่ติดตั้งจากไฟล์</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>ไม่ได้เข้ารหัส</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>ไม่เลย</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>อย่าติ๊ก “ไม่ต้องแสดงอีก” เมื่อแอปขอบันทึกหน้าจอ</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>ต่อไปให้เชื่อมต่อ: ใส่ --connect พร้อมที่อยู่ใต้ “ที่อยู่ IP และพอร์ต” ในหน้าจอ “การแก้ไขข้อบกพร่องผ่าน Wi-Fi” ของโทรศัพท์ (หรือเรียกใช้ 'adb connect HOST:PORT') แล้วใช้ --adb-server --serial HOST:PORT</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>ไม่มี VPN ที่ตั้งให้เปิดตลอดเวลา</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>ไม่มีบริการการช่วยเหลือพิเศษที่ทำงานแบบลับ ๆ</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>ไม่มีบัญชีที่คัดลอกรายชื่อติดต่อ ปฏิทิน รูปภาพ หรือข้อความ</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>ไม่มีบัญชีที่คัดลอกข้อมูลจากโทรศัพท์เครื่องนี้ขึ้นอินเทอร์เน็ต</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>ไม่มีบัญชีในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>ไม่มีแอปที่ทำงานเหมือนแอปสอดแนม</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>ไม่มีแอปที่เห็นและควบคุมหน้าจอของคุณได้</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>ไม่มีแอปจากรายการแอปสำรองข้อมูลรูปภาพ ไฟล์ และแชตบนคลาวด์ของ hardener ในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>ไม่มีแอปที่มีสิทธิ์ผู้ดูแลอุปกรณ์</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>ไม่มีแอปที่ติดตั้งเองซ่อนตัวจากรายการแอป</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>ไม่มีแอปที่ติดตั้งจากนอกสโตร์ซ่อนตัวจากรายการแอปขณะอ่านหน้าจอ อ่านการแจ้งเตือน หรือมีสิทธิ์ผู้ดูแลอุปกรณ์</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>ไม่มีแอปในโทรศัพท์เครื่องนี้ที่ดูเหมือนแอปแปลภาษา ไม่ได้ตรวจสอบประวัติการแปลในเว็บเบราว์เซอร์</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>ไม่มีแอปที่ปลอมเป็นส่วนหนึ่งของ Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>ไม่มีแอปที่อ่านการแจ้งเตือนของคุณ</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>ไม่มีแอปที่คุณติดตั้งที่แสดงทับแอปอื่นได้</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>ไม่มีแอปที่คุณติดตั้งที่เข้าถึงข้อมูลส่วนตัวได้</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>ไม่มีแอปที่คุณติดตั้งที่เห็นได้ว่าคุณใช้แอปไหน</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>ไม่มีแอปที่คุณติดตั้งที่บันทึกหน้าจอได้โดยไม่ต้องถาม</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>ไม่มีใบรับรองที่ถูกเพิ่มเข้าไปในโทรศัพท์</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>ไม่พบแอปรูปภาพบนคลาวด์หรือแอปสำรองข้อมูล</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>ไม่มีคอมพิวเตอร์ที่เข้าถึงโทรศัพท์เพื่อแก้ไขข้อบกพร่องผ่าน Wi-Fi ได้</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>ไม่มีคอมพิวเตอร์ที่ยังได้รับความเชื่อถือสำหรับการแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>ไม่มีแอปหาคู่ที่รู้ว่าคุณอยู่ที่ไหนอย่างแน่นอน</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>ไม่ได้ตั้งเบราว์เซอร์เริ่มต้นไว้</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>ไม่มีการปลดล็อกด้วยใบหน้า อ่านการปลดล็อกด้วยลายนิ้วมือไม่ได้</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>ไม่มีการปลดล็อกด้วยลายนิ้วมือหรือใบหน้า</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>ไม่มีการปลดล็อกด้วยลายนิ้วมือ อ่านการปลดล็อกด้วยใบหน้าไม่ได้</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>ไม่พบแอปสอดแนมที่รู้จัก</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>ไม่มีแอปส่งข้อความที่ hardener รู้จักติดตั้งอยู่</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>ไม่มีการแจ้งเตือนบนหน้าจอล็อก</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>ไม่มีคอมพิวเตอร์เครื่องอื่นที่ได้รับอนุญาต เครื่องนี้จะยังได้รับอนุญาตหลังการมาครั้งนี้ เว้นแต่คุณเพิกถอน: ให้ทำเมื่อ hardener ทำงานเสร็จ</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>ไม่พบโทรศัพท์ เสียบโทรศัพท์ด้วยสาย USB ที่ส่งข้อมูลได้ ปลดล็อก แล้วตรวจดูว่าการแก้ไขข้อบกพร่อง USB เปิดอยู่</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>ไม่พบโทรศัพท์ที่เปิดการแก้ไขข้อบกพร่อง USB ทางสาย USB</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>ไม่มีพร็อกซี และไม่มี VPN จากนอกสโตร์</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>ไม่มีแอปความปลอดภัยที่ถูกปิด</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>ไม่มีแอปโซเชียลหรือแอปหาคู่ที่อ่านรายชื่อติดต่อของคุณได้</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>ไม่มีสโตร์ใดตรวจสอบแอปนี้ แอปสอดแนมมักถูกติดตั้งลงโทรศัพท์ด้วยวิธีนี้โดยคนที่เคยได้ถือโทรศัพท์ ถ้าคุณไม่ได้ติดตั้งเอง อย่าเพิ่งนำออก: เก็บหลักฐานไว้และขอความช่วยเหลือก่อน</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>ไม่พบแอปแปลภาษา</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>ตอนนี้ไม่มีสถานที่หรืออุปกรณ์ที่เชื่อถือที่ใช้งานอยู่ ถ้าคุณไม่เคยตั้งค่าไว้เอง ให้ปิด Smart Lock เพื่อไม่ให้เริ่มทำงานในภายหลัง</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>แก้ไขไม่ได้</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>ไม่แน่ใจ</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>ไม่ได้แตะต้อง: การเปลี่ยนแปลง %n รายการที่เกี่ยวกับแอปสอดแนม การเปลี่ยนแอปนั้นอาจทำให้คนที่ติดตั้งรู้ตัว: ดูแผนความปลอดภัยก่อน (จะรวมรายการเหล่านี้ก็ต่อเมื่อใช้ --touch-spying-apps เท่านั้น)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>หมายเหตุ: การเปลี่ยนแปลงครั้งก่อนในโทรศัพท์เครื่องนี้ถูกขัดจังหวะ การเปลี่ยนแปลงนั้นบันทึกไว้ในโทรศัพท์แล้ว:
      เรียกใช้ 'hardener undo' ด้วยรหัสเลิกทำเดิมเพื่อเลิกทำ หรือทำการเปลี่ยนแปลงอีกครั้งเพื่อให้เสร็จ</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>หมายเหตุ: มีเซิร์ฟเวอร์ adb ทำงานอยู่ (พอร์ต {port}, โพรเซส {pid}) ซึ่งอาจกำลังใช้โทรศัพท์อยู่ ใช้เซิร์ฟเวอร์นั้นได้ด้วย 'hardener devices --adb-server' และ --adb-server หรือ hardener จะถามก่อนหยุดเซิร์ฟเวอร์นั้น</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>หมายเหตุ: {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>ไม่มีอะไรตอบกลับที่ {address} ตรวจดูว่าโทรศัพท์และคอมพิวเตอร์เครื่องนี้อยู่ในเครือข่าย Wi-Fi เดียวกัน ว่าเปิด “การแก้ไขข้อบกพร่องผ่าน Wi-Fi” ใน “ตัวเลือกสำหรับนักพัฒนาแอป” ของโทรศัพท์แล้ว และที่อยู่กับพอร์ตตรงกับที่โทรศัพท์แสดงตอนนี้ (พอร์ตจะเปลี่ยนทุกครั้ง)</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>ไม่พบอะไร</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>ไม่พบอะไรในส่วนที่ตรวจสอบได้</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>จะไม่มีการคัดลอกอะไรไปยังบัญชี เว้นแต่คุณเลือกซิงค์เอง</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>ไม่มีอะไรต้องเปลี่ยน: โทรศัพท์ตรงกับโปรไฟล์นี้อยู่แล้ว</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>ไม่มีอะไรต้องเปลี่ยน</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>ไม่มีการเปลี่ยนแปลงใด ๆ ในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>ไม่ได้เปลี่ยนแปลงอะไร จึงไม่มีบันทึกสำหรับเลิกทำเก็บไว้ในโทรศัพท์ (ไม่ต้องใช้รหัส)</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>ไม่มีการเปลี่ยนแปลงใด ๆ จึงไม่มีอะไรให้เลิกทำ</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>ไม่ได้เปลี่ยนแปลงอะไร</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>สิทธิ์เข้าถึงการแจ้งเตือน: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>การแจ้งเตือนบนหน้าจอล็อก</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>การแจ้งเตือนแสดงบนหน้าจอล็อก แต่ไม่แสดงเนื้อหา</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>ต่อไป: {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>ปิด</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>Motorola Moto G6 รุ่นเก่าบน Android 9: ไม่มีการล็อกหน้าจอ ไม่ได้เข้ารหัส เปิดการแก้ไขข้อบกพร่อง USB ปิด Play Protect และมีแอปสอดแนมที่ติดตั้งจากไฟล์ซึ่งมีสิทธิ์การช่วยเหลือพิเศษ สิทธิ์เข้าถึงการแจ้งเตือน และสิทธิ์ผู้ดูแลอุปกรณ์</translation>
  </message>
  <message>
   <source>On</source>
   <translation>เปิด</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>ใน Android 11 ขึ้นไป “ปิดล็อก” จะแสดงในเมนูเปิด/ปิดเมื่อตั้ง PIN รหัสผ่าน หรือรูปแบบไว้แล้ว</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>ใน Android 11 ขึ้นไป “ปิดล็อก” จะแสดงในเมนูเปิด/ปิดเมื่อตั้งการล็อกหน้าจอไว้ โทรศัพท์เครื่องนี้ปิดสวิตช์แบบเก่าไว้ และโทรศัพท์บางรุ่นยังทำตามสวิตช์นั้นอยู่ โปรดตรวจดูเมนูเปิด/ปิด</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>ใน Android 11 ขึ้นไป “ปิดล็อก” จะแสดงในเมนูเปิด/ปิดทุกครั้งที่ตั้งการล็อกหน้าจอไว้ เหมือนในเครื่องนี้ กดปุ่มเปิด/ปิดค้างไว้แล้วแตะ “ปิดล็อก” เมื่อโทรศัพท์อาจถูกยึด</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>ใช้โทรศัพท์หรือคอมพิวเตอร์เครื่องไหนก็ได้ เปิด myactivity.google.com ลงชื่อเข้าใช้ แล้วลบกิจกรรมของ Google แปลภาษา การล้างข้อมูลในแอปไม่ได้ลบสำเนานี้</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>ใช้โทรศัพท์หรือคอมพิวเตอร์เครื่องไหนก็ได้ ลงชื่อเข้าใช้บัญชีที่แอปแปลภาษาของคุณใช้ แล้วลบคำแปลที่บันทึกไว้และกิจกรรม (สำหรับบัญชี Google: myactivity.google.com) การล้างข้อมูลในแอปไม่ได้ลบสำเนานี้</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>ในโทรศัพท์ ให้เปิด “การตั้งค่า” &gt; “ตัวเลือกสำหรับนักพัฒนาแอป” แล้วแตะ “เพิกถอนการให้สิทธิ์การแก้ไขข้อบกพร่อง USB” จากนั้นปิด “ตัวเลือกสำหรับนักพัฒนาแอป” ที่ด้านบนของหน้าจอนั้น (ถ้าหา “ตัวเลือกสำหรับนักพัฒนาแอป” ไม่เจอ แปลว่าปิดอยู่แล้ว)</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>บัญชีเดียวที่ใช้ทั้งสองด้านจะเชื่อมโยงงานกับชีวิตส่วนตัวของคุณ</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>มีหมายเลขเดียวในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>โทรศัพท์เครื่องเดียวที่ใช้ทั้งสองชีวิต จะเปิดเผยทั้งสองชีวิตเมื่อถูกยึด</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>มีโปรไฟล์เดียวในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>มีแค่สโตร์แอปที่ติดตั้งแอปได้</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>มีแค่คอมพิวเตอร์เครื่องนี้ที่ได้รับความเชื่อถือสำหรับการแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>เปิด Google Photos แตะรูปโปรไฟล์ของคุณ &gt; “การตั้งค่า Photos” &gt; “การสำรองข้อมูล” ถ้าการสำรองข้อมูลเปิดอยู่ รูปภาพและวิดีโอทุกรายการจะขึ้นไปอยู่ในบัญชี Google ของคุณ ปิดไว้ถ้าบัญชีนั้นไม่ปลอดภัย</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>เปิด “การตั้งค่า” &gt; “การช่วยเหลือพิเศษ” หาแอปนั้น (อาจอยู่ใต้ “แอปที่ติดตั้ง” หรือ “แอปที่ดาวน์โหลด”) แล้วปิด</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>เปิด “การตั้งค่า” &gt; “บัญชี” (หรือ “รหัสผ่านและบัญชี”) นำบัญชีที่คุณไม่รู้จักออก เปลี่ยนรหัสผ่านของบัญชีที่คนอื่นอาจรู้</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>เปิด “การตั้งค่า” &gt; “บัญชีและการสำรองข้อมูล” &gt; “Samsung Cloud” ดูว่ามีอะไรถูกสำรองและซิงค์ไว้บ้าง: ข้อความ ประวัติการโทร รูปภาพ ปิดสิ่งที่ควรอยู่ในโทรศัพท์เท่านั้น</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>เปิด “การตั้งค่า” &gt; “บัญชี” &gt; แต่ละบัญชี &gt; “การซิงค์บัญชี” ปิด “รายชื่อติดต่อ” “ข้อความ” และ “รูปภาพ” ในบัญชีที่ไม่จำเป็น</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>เปิด “การตั้งค่า” &gt; “บัญชี” &gt; บัญชีนี้ &gt; “การซิงค์บัญชี” ปิดสิ่งที่ควรอยู่ในโทรศัพท์เท่านั้น เช่น รายชื่อติดต่อและข้อความ</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>เปิด “การตั้งค่า” &gt; “บัญชี” นำบัญชีส่วนตัวออกจากโทรศัพท์งาน และนำบัญชีงานออกจากโทรศัพท์ส่วนตัว</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>เปิด “การตั้งค่า” &gt; “บัญชี” นำบัญชีงานที่ไม่ต้องใช้ระหว่างเดินทางออก แล้วลงชื่อเข้าใช้ใหม่เมื่อไปถึง ตรวจดูก่อนว่าคุณรู้รหัสผ่านของทุกบัญชี</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>เปิด “การตั้งค่า” &gt; “บัญชี” ปิด “ซิงค์ข้อมูลอัตโนมัติ” (อาจอยู่ในเมนูด้านบน) คุณยังซิงค์เองได้เมื่อต้องการ</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” แล้วดูแอปนี้ ถ้าคุณไม่ได้ติดตั้งเอง โปรดเก็บหลักฐานไว้และขอความช่วยเหลือก่อนนำออก</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” แสดงแอประบบ เปิดแอปนั้นแล้วแตะ “เปิดใช้” ถ้าคุณไม่ได้ปิดเอง อาจมีคนอื่นปิดไว้: เก็บหลักฐานไว้ก่อน</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” &gt; “แอปเริ่มต้น” ตรวจดูว่าแอป SMS และแอปโทรศัพท์เป็นแอปที่คุณเลือกเอง</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” &gt; “สิทธิ์เข้าถึงพิเศษของแอป” &gt; “แสดงทับแอปอื่น” ปิดสำหรับแอปที่ไม่จำเป็นต้องใช้</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” &gt; “สิทธิ์เข้าถึงพิเศษของแอป” &gt; “ติดตั้งแอปที่ไม่รู้จัก” ปิดสำหรับแอปนี้</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” &gt; “สิทธิ์เข้าถึงพิเศษของแอป” &gt; “สิทธิ์เข้าถึงการใช้งาน” ปิดสำหรับแอปที่ไม่จำเป็นต้องใช้</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” &gt; แอปนั้น &gt; “สิทธิ์” &gt; “ตำแหน่ง” ปิด “ใช้ตำแหน่งที่แน่นอน” แล้วเลือก “อนุญาตขณะใช้แอปเท่านั้น”</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” &gt; แอปนี้ &gt; “สิทธิ์” &gt; “รายชื่อติดต่อ” เลือก “ไม่อนุญาต” ในการตั้งค่าของแอปเอง ให้ปิดการอัปโหลดหรือการซิงค์รายชื่อติดต่อด้วย และลบรายชื่อติดต่อที่แอปอัปโหลดไปแล้ว</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” &gt; แอปนี้ &gt; “สิทธิ์” เลือก “ไม่อนุญาต” สำหรับสิ่งที่แอปไม่จำเป็นต้องใช้ ถ้าแอปจำเป็นต้องใช้จริง แอปจะขออีกครั้ง</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>เปิด “การตั้งค่า” &gt; “แอป” สำหรับแอปที่คุณไม่รู้จักแต่ละแอป ให้ถามว่าใครติดตั้ง ถ้าอาจเป็นแอปสอดแนม ให้นำออกหลังจากวางแผนความปลอดภัยแล้วเท่านั้น</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>เปิด “การตั้งค่า” &gt; “ตัวเลือกสำหรับนักพัฒนาแอป” แล้วปิด “ปิดใช้การหมดเวลาการให้สิทธิ์ adb”</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>เปิด “การตั้งค่า” &gt; “การแสดงผล” &gt; “ระยะหมดเวลาหน้าจอ” เลือก 30 วินาที</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>เปิด “การตั้งค่า” &gt; “Google” (หรือ “บัญชีและการสำรองข้อมูล”) &gt; “การสำรองข้อมูล” ดูว่าบันทึกอะไรไว้บ้าง ปิดการสำรองข้อมูลถ้าบัญชีนั้นไม่ปลอดภัย และลบข้อมูลสำรองเก่าในบัญชีนั้น</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>เปิด “การตั้งค่า” &gt; “Google” &gt; “บริการทั้งหมด” &gt; “การป้องกันการโจรกรรม” เปิด “การตรวจสอบตัวตน” “ล็อกเมื่อตรวจพบการโจรกรรม” และ “ล็อกอุปกรณ์ขณะออฟไลน์” เมื่ออยู่นอกสถานที่ที่เชื่อถือ การเปลี่ยน PIN หรือการปิดการป้องกันจะต้องใช้ลายนิ้วมือหรือใบหน้าของคุณ ไม่ใช่แค่ PIN</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ตำแหน่ง” &gt; “บริการตำแหน่ง” (หรือ “ปรับปรุงความแม่นยำ”) ปิด “การสแกนหา Wi-Fi” และ “การสแกนหาบลูทูธ”</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>เปิด “การตั้งค่า” &gt; “เครือข่าย” (หรือ “การเชื่อมต่อ” &gt; “การตั้งค่าการเชื่อมต่อเพิ่มเติม”) &gt; “DNS ส่วนตัว” เลือก “อัตโนมัติ” หรือผู้ให้บริการที่คุณเชื่อถือ</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>เปิด “การตั้งค่า” &gt; “เครือข่าย” &gt; “Wi-Fi” แตะเครือข่ายนั้น &gt; “แก้ไข” หรือ “ขั้นสูง” แล้วตั้ง “พร็อกซี” เป็น “ไม่มี” ถ้าคุณไม่ได้ตั้งเอง โปรดเก็บหลักฐานไว้ก่อน</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>เปิด “การตั้งค่า” &gt; “การแจ้งเตือน” (หรือ “หน้าจอล็อก”) &gt; “การแจ้งเตือนบนหน้าจอล็อก” เลือก “ไม่ต้องแสดงการแจ้งเตือน” หรืออย่างน้อย “ซ่อนเนื้อหาที่ละเอียดอ่อน”</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>เปิด “การตั้งค่า” &gt; “การแจ้งเตือน” &gt; “สิทธิ์เข้าถึงการแจ้งเตือน” (ในโทรศัพท์บางรุ่น: “แอป” &gt; “สิทธิ์เข้าถึงพิเศษของแอป”) ปิดสำหรับแอปนี้</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” (หรือ “ข้อมูลชีวภาพ”) &gt; “ลายนิ้วมือ” และ “การจดจำใบหน้า” ลบออกก่อนช่วงเวลาที่เสี่ยง หรือเตรียมพร้อมที่จะใช้ “ปิดล็อก”</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” (หรือ “ข้อมูลชีวภาพ”) ลบลายนิ้วมือและใบหน้าก่อนเดินทาง แล้วเพิ่มใหม่เมื่อคุณปลอดภัยแล้ว</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” (หรือ “หน้าจอล็อก”) &gt; “ล็อกหน้าจอ” เลือก “PIN” และใช้อย่างน้อย 6 หลักที่ไม่ใช่วันเกิด รูปแบบ (pattern) แอบดูและเดาได้ง่าย</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” (หรือ “หน้าจอล็อก”) &gt; “ล็อกหน้าจอ” เลือก “PIN” ตั้งแต่ 6 หลักขึ้นไป หรือ “รหัสผ่าน” อย่าใช้วันเกิดหรือตัวเลขที่คนอื่นรู้</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” (หรือ “หน้าจอล็อก”) &gt; “Smart Lock” หรือ “Extend Unlock” ป้อน PIN ของคุณ นำสถานที่ที่เชื่อถือและอุปกรณ์ที่เชื่อถือออก แล้วปิดการตรวจจับว่าอยู่กับตัว</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” (หรือ “หน้าจอล็อก”) &gt; รูปเฟืองข้าง “ล็อกหน้าจอ” &gt; “ล็อกหลังจากหมดเวลาหน้าจอ” เลือก “ทันที” หรือ 5 วินาที</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” (หรือ “ความปลอดภัยและความเป็นส่วนตัว”) &gt; “การตั้งค่าความปลอดภัยเพิ่มเติม” หรือ “การเข้ารหัสและข้อมูลเข้าสู่ระบบ” &gt; “ข้อมูลเข้าสู่ระบบที่เชื่อถือได้” แล้วแท็บ “ผู้ใช้” ถ้ามีใบรับรองที่คุณไม่ได้เพิ่มเอง โปรดเก็บหลักฐานไว้และขอความช่วยเหลือก่อนนำออก</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัยและความเป็นส่วนตัว” &gt; “การปกป้องขั้นสูง” ซึ่งจะบล็อกแอปจากนอก Play Store เครือข่าย 2G รุ่นเก่า และการเชื่อมต่อ USB ใหม่ขณะโทรศัพท์ล็อกอยู่ แอปที่คุณติดตั้งจากไฟล์อาจไม่ได้รับการอัปเดตอีก: ตัดสินใจร่วมกับคนที่รู้เรื่องโทรศัพท์</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัยและความเป็นส่วนตัว” &gt; “พื้นที่ส่วนตัว” &gt; “ล็อกพื้นที่ส่วนตัวโดยอัตโนมัติ” แล้วเลือก “ทุกครั้งที่อุปกรณ์ล็อก”</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” &gt; “แอปดูแลอุปกรณ์” (ในโทรศัพท์บางรุ่น: “การตั้งค่าความปลอดภัยอื่น ๆ”) ปิดแอปที่คุณไม่รู้จัก ถ้าปิดไม่ได้ โปรดขอความช่วยเหลือ</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” &gt; “แอปดูแลอุปกรณ์” ปิดแอปที่คุณไม่รู้จัก</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ความปลอดภัย” &gt; “Smart Lock” (หรือ “Extend Unlock”) นำสถานที่ที่เชื่อถือ อุปกรณ์ที่เชื่อถือ และการตรวจจับว่าอยู่กับตัวออก</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ระบบ” (หรือ “การอัปเดตซอฟต์แวร์”) &gt; “การอัปเดตความปลอดภัย” แล้วติดตั้งสิ่งที่มีให้ ถ้าไม่มีอะไรมาเลยเป็นปี แปลว่าโทรศัพท์ไม่ได้รับการอัปเดตอีกแล้ว: ลองคิดถึงการใช้โทรศัพท์รุ่นใหม่กว่าสำหรับงาน</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>เปิด “การตั้งค่า” &gt; “ระบบ” &gt; “ตัวเลือกสำหรับนักพัฒนาแอป” ปิด “เปิดหน้าจอค้าง”</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>เปิด “การตั้งค่า” &gt; “ระบบ” &gt; “ภาษาและการป้อนข้อมูล” &gt; “แป้นพิมพ์บนหน้าจอ” เก็บไว้เฉพาะแป้นพิมพ์ที่คุณเลือกเอง</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>เปิด “การตั้งค่า” &gt; “บัญชี Xiaomi” (หรือ “บัญชี Mi”) &gt; “Xiaomi Cloud” ดูว่ามีอะไรถูกซิงค์บ้าง: ข้อความ แกลเลอรี รายชื่อติดต่อ ประวัติการโทร ปิดสิ่งที่ควรอยู่ในโทรศัพท์เท่านั้น</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>เปิด WhatsApp &gt; “การตั้งค่า” &gt; “แชต” &gt; “การสำรองข้อมูลแชต” ถ้า “สำรองข้อมูลไปยัง Google ไดรฟ์” ไม่ได้ตั้งเป็น “ไม่เลย” แชตของคุณจะถูกคัดลอกไปที่นั่น เลือก “ไม่เลย” ถ้าบัญชีนั้นไม่ปลอดภัย และลบข้อมูลสำรองเก่าใน Google ไดรฟ์</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>เปิด myactivity.google.com ในเบราว์เซอร์ (หรือแอป Google &gt; รูปโปรไฟล์ของคุณ &gt; “กิจกรรมของฉัน”) เลือก Google แปลภาษาแล้วลบทั้งหมด ใต้ “กิจกรรมบนเว็บและแอป” คุณปิดการบันทึกได้ หรือตั้งให้ลบอัตโนมัติทุก 3 เดือน</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>เปิด Play Store แตะรูปโปรไฟล์ของคุณ &gt; “Play Protect” &gt; รูปเฟืองการตั้งค่า เปิด “สแกนแอปด้วย Play Protect”</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>เปิดแอปนั้นแล้วหา “การสำรองข้อมูล” “ซิงค์” หรือ “อัปโหลดจากกล้อง” ในการตั้งค่า ปิดไว้ถ้าบัญชีนั้นไม่ปลอดภัย</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>เปิดแอป หา “ประวัติ” (มักอยู่ในเมนูหรือใต้รูปโปรไฟล์ของคุณ) แล้วลบทั้งหมด ในการตั้งค่าของแอป ให้ปิดการบันทึกประวัติถ้าทำได้ และลบวลีที่บันทึกไว้หรือติดดาวไว้ด้วย</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>เปิดการตั้งค่าของกล้องแล้วปิด “บันทึกตำแหน่ง” (หรือ “แท็กตำแหน่ง”) หรือเปิด “การตั้งค่า” &gt; “แอป” &gt; “กล้อง” &gt; “สิทธิ์” &gt; “ตำแหน่ง”: “ไม่อนุญาต”</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>เปิดแอปแปลภาษา ไปที่ “ประวัติ” (หรือไอคอนนาฬิกา) แล้วลบ ปิด “บันทึกประวัติ” ถ้าแอปมีตัวเลือกนี้</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>คอมพิวเตอร์เครื่องอื่นใช้การแก้ไขข้อบกพร่อง USB กับโทรศัพท์เครื่องนี้ได้</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>PIN</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>PIN หรือรหัสผ่าน</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>จับคู่แล้ว ด้วย adb ของ Google ({adb}, เวอร์ชัน {version}): {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>การจับคู่ด้วยรหัสต้องใช้โปรแกรม “adb” ของ Google (Android SDK Platform-Tools) และ hardener หาโปรแกรมนี้ในคอมพิวเตอร์เครื่องนี้ไม่เจอ ติดตั้ง Platform-Tools จากเว็บไซต์นักพัฒนา Android ของ Google แล้วลองอีกครั้ง หรือต่อโทรศัพท์ด้วยสาย USB แทน</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>สิทธิ์ของ {app}: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>โทรศัพท์ล็อกหลังหน้าจอดับ</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>หมายเลขโทรศัพท์</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>ตรวจความปลอดภัยของโทรศัพท์</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>โทรศัพท์:</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>โทรศัพท์ที่เคยเชื่อถือคอมพิวเตอร์เครื่องนี้จะถาม “อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม” อีกครั้ง</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>รูปภาพและรายชื่อติดต่อบนคลาวด์อาจถูกขอดูได้โดยไม่ต้องใช้โทรศัพท์</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>Pixel 6a บน Android 13 ที่มีแอปสอดแนมซึ่งเปลี่ยนชื่อให้ดูเหมือนการอัปเดตระบบ: มีแค่ใบรับรองที่ใช้ลงนามแอปที่เผยให้เห็นว่าเป็นแอปอะไร</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>Play Protect ตรวจสอบแอป</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>Play Protect ตรวจหาแอปที่เป็นอันตราย คนที่ติดตั้งแอปสอดแนมลงในโทรศัพท์มักปิด Play Protect ก่อน ถ้าคุณไม่ได้ปิดเอง อาจมีคนอื่นปิดไว้</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>Play Protect ไม่สแกนแอป</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>Play Protect ปิดอยู่</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>Play Protect เปิดอยู่</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>Play Protect เตือนเกี่ยวกับแอปสอดแนมที่รู้จัก</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>Play Protect ซึ่งสแกนหาแอปที่เป็นอันตราย มาพร้อมกับ Google Play ถ้าไม่มี ให้ติดตั้งแอปจากสโตร์ที่คุณเชื่อถือเท่านั้น และเฉพาะแอปที่คุณรู้จัก</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>ตำรวจที่ถือโทรศัพท์อ่านข้อความจากลูกค้าที่แสดงบนหน้าจอได้</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>ตำรวจอ่านข้อความเป็นอย่างแรก ข้อความที่หายไปเองจะไม่เหลือให้อ่าน</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>ตำรวจอ่านประวัติการแปลเพื่อพิสูจน์ว่าคนทำงานอะไร</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>ตำรวจที่ยึดโทรศัพท์จะอ่านข้อความเป็นอย่างแรก ข้อความที่หายไปเองจะไม่เหลือให้อ่าน แต่ละแอปมีสวิตช์ของตัวเอง: ขั้นตอนจะบอกว่าอยู่ที่ไหน</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>โทรศัพท์สำหรับฝึก “{name}” รอการเชื่อมต่ออยู่ที่ {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>โทรศัพท์สำหรับฝึก (จำลอง ไม่ใช่โทรศัพท์จริง)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>ฝึกใช้ “ปิดล็อก”</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>กดปุ่มเปิด/ปิดค้างไว้ (ในโทรศัพท์บางรุ่น: กดปุ่มเปิด/ปิดและปุ่มเพิ่มเสียงพร้อมกัน) แล้วแตะ “ปิดล็อก” ตอนนี้จะมีแค่ PIN หรือรหัสผ่านของคุณที่เปิดโทรศัพท์ได้: ไม่มีลายนิ้วมือ ไม่มีใบหน้า ไม่มี Smart Lock และไม่มีข้อความบนหน้าจอล็อก หรือปิดเครื่องโทรศัพท์</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>DNS ส่วนตัว</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>DNS ส่วนตัวตั้งเป็นอัตโนมัติ</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>DNS ส่วนตัวปิดอยู่</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>DNS ส่วนตัวใช้ผู้ให้บริการที่คุณเลือก</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>DNS ส่วนตัว: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>พื้นที่ส่วนตัวล็อกอยู่</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>โปรไฟล์: {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>โปรไฟล์ในโทรศัพท์: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>พร็อกซีและ VPN: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>ปัดลงจากด้านบนของหน้าจอแล้วแตะ “ตำแหน่ง” เพื่อปิด หรือเปิด “การตั้งค่า” &gt; “ตำแหน่ง” เปิดอีกครั้งเฉพาะเมื่อต้องใช้แผนที่หรือเรียกรถ</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>อ่านสิ่งที่พบแต่ละเรื่องไปพร้อมกับเจ้าของโทรศัพท์ เริ่มจากเรื่องที่ร้ายแรงที่สุดด้านบน</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>อ่านผลลัพธ์ด้วยกัน</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>อ่านสิ่งที่การตรวจสอบนี้พบก่อนที่จะเปลี่ยนอะไร คุยกับองค์กรของพนักงานบริการหรือหน่วยงานช่วยเหลือที่คุณไว้ใจ และวางแผนความปลอดภัยด้วยกัน</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>ลงทะเบียนแอปหาคู่และแอปโฆษณาด้วยหมายเลขสำหรับงานเท่านั้น ไม่ใช่หมายเลขส่วนตัว จะใช้ซิมที่สอง โทรศัพท์เครื่องที่สอง หรือหมายเลขจากแอปโทรก็ได้</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>การพึ่งแอปแปลภาษา</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>ลบการปลดล็อกด้วยลายนิ้วมือและใบหน้าระหว่างการเดินทาง</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>นำพร็อกซีออก</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>นำคีย์ของคอมพิวเตอร์เครื่องนี้ออกจากพวงกุญแจ (keyring) แล้ว โทรศัพท์ที่เคยเชื่อถือคีย์นี้จะถาม “อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม” อีกครั้ง</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>นำออกแล้ว: {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>การนำแอปสอดแนมออกอาจทำให้คนที่ติดตั้งรู้ตัว คุยกับคนที่คุณไว้ใจหรือหน่วยงานช่วยเหลือก่อน จดสิ่งที่คุณพบไว้ก่อนเปลี่ยนอะไร</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>การนำแอปสอดแนมออกหรือการเปลี่ยนการตั้งค่าอาจทำให้คนที่คอยดูรู้ตัว และทำให้สถานการณ์อันตรายขึ้น</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>การนำแอปนี้ออกอาจทำให้คนที่ติดตั้งไว้รู้ตัว และอาจทำให้เขาเป็นอันตราย คุยกับคนที่คุณไว้ใจหรือหน่วยงานช่วยเหลือก่อน วางแผนว่าคุณจะไปอยู่ที่ไหนได้อย่างปลอดภัย และใครช่วยคุณได้</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>เปลี่ยนซิมการ์ด</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>เขียนรายงานไว้ที่ {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>คืนค่าแล้ว {restored} จาก {total} รายการ</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>เพิกถอนการให้สิทธิ์การแก้ไขข้อบกพร่อง USB ตอนจบ</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>บริการการช่วยเหลือพิเศษที่ทำงานอยู่: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>ซิมการ์ด: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51 บน Android 11: ล็อกด้วยรูปแบบพร้อม Smart Lock แสดงตัวอย่างข้อความบนหน้าจอล็อก ใช้ Google แปลภาษาทุกวัน ซิงค์รายชื่อติดต่อไปยัง Google และ Samsung แอปหาคู่และแอปโซเชียลอ่านรายชื่อติดต่อได้</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>บันทึกรายงานของการมาครั้งนี้ไว้ในคอมพิวเตอร์หรือฝากไว้กับคนที่คุณไว้ใจ ไม่ใช่ในโทรศัพท์เครื่องนี้ จดวันที่และชื่อแอปที่พบไว้</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>การสแกนหาแอปที่เป็นอันตรายถูกปฏิเสธไว้ในโทรศัพท์เครื่องนี้ ถ้าคุณไม่ได้ปฏิเสธเอง อาจมีคนอื่นทำไว้ โปรดเปิดการสแกน</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>การสแกนบอกแอปได้ว่าคุณอยู่ที่ไหน แม้ปิด Wi-Fi และบลูทูธแล้ว</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>ล็อกหน้าจอและการตั้งค่าโทรศัพท์</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>การล็อกหน้าจอ:</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>ล็อกหน้าจอ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>ล็อกหน้าจอ: {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>การบันทึกหน้าจอ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>หน้าจอเปิดค้างขณะชาร์จ</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>ระยะหมดเวลาหน้าจอ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>หน้าจอดับหลังจาก</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>แอปความปลอดภัย: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>แพตช์ความปลอดภัย:</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>การอัปเดตความปลอดภัยเป็นรุ่นล่าสุด</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>การอัปเดตความปลอดภัย: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>หมายเลขซีเรียล</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>หมายเลขซีเรียล:</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>ตั้ง PIN ตั้งแต่ 6 หลักขึ้นไป</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>ตั้งการล็อกหน้าจอที่คาดเดายาก</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>แสดงปุ่ม “ปิดล็อก” ในเมนูเปิด/ปิด</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>แสดงอยู่</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>ออกจากระบบทุกที่</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>ออกจากระบบบัญชีงานระหว่างการเดินทาง</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal: ตั้งให้ข้อความหายไปเอง</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>ข้ามไปแล้ว</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>Smart Lock อาจทำให้โทรศัพท์ปลดล็อกค้างไว้</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>Smart Lock ปิดอยู่</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>Smart Lock เปิดอยู่ แต่ตอนนี้ไม่ได้ทำให้โทรศัพท์ปลดล็อกค้างไว้</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>Smart Lock ทำให้โทรศัพท์เปิดค้างไว้ในสถานที่ที่ “เชื่อถือ” ใกล้อุปกรณ์ที่ “เชื่อถือ” หรือขณะที่คุณพกติดตัว ซึ่งเป็นช่วงเวลาที่โทรศัพท์อาจถูกยึดไปทั้งที่ยังเปิดอยู่</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>Smart Lock ทำให้โทรศัพท์เปิดค้างไว้ที่บ้านหรือเมื่ออยู่ใกล้นาฬิกาของคุณ: ซึ่งเป็นช่วงเวลาที่โทรศัพท์อาจถูกยึดไปได้พอดี</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>แอปโซเชียลและรายชื่อติดต่อของคุณ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>การเปลี่ยนแปลงบางอย่างย้อนกลับไม่ได้:</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>มีคนเพิ่มใบรับรองเข้าไปในโทรศัพท์</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>คนที่ถือโทรศัพท์ที่ล็อกอยู่จะเห็นว่าแอปไหนได้รับข้อความ แต่ไม่เห็นข้อความ ถ้าต้องการซ่อนทั้งหมด ให้ปิดการแจ้งเตือนบนหน้าจอล็อก</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>มีบางอย่างที่ {address} ตอบกลับ แล้วหยุดตอบหรือปิดการเชื่อมต่อ ในโทรศัพท์ ให้ตรวจดูว่า “การแก้ไขข้อบกพร่องผ่าน Wi-Fi” เปิดอยู่ และที่อยู่กับพอร์ตตรงกับที่แสดงตอนนี้ ถ้าโทรศัพท์ขอให้จับคู่ด้วยรหัส hardener ทำเองไม่ได้: ใช้สาย USB หรือจับคู่โทรศัพท์ด้วยโปรแกรม adb ของ Google แล้วเชื่อมต่อผ่านโปรแกรมนั้น</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>เกิดข้อผิดพลาด</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>แอปสอดแนมมักถูกติดตั้งด้วยมือ จากนอกสโตร์แอป</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>แอปสอดแนมมักถูกติดตั้งจากนอกสโตร์แอป</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>แอปสอดแนม: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>แอปสอดแนม (สตอล์กเกอร์แวร์) และแอปสายลับ</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>หน้าจอเปิดค้างขณะชาร์จ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>ยังอยู่ในโทรศัพท์ ไม่ได้ลบ: {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>สิ่งที่ยังต้องทำเอง</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>หยุดไม่ให้แอปแสดงทับแอปอื่น</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>หยุดไม่ให้แอปติดตั้งแอป</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>หยุดไม่ให้แอปติดตั้งแอปอื่น</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>หยุดไม่ให้แอปอ่านการแจ้งเตือนของคุณ</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>หยุดไม่ให้แอปบันทึกหน้าจอของคุณโดยไม่ถาม</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>หยุดไม่ให้แอปโซเชียลและแอปหาคู่อ่านรายชื่อติดต่อของคุณ</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>หยุดโปรแกรม adb อีกตัวตอนนี้เลยไหม</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>หยุดไม่ให้โทรศัพท์สแกนหา Wi-Fi และบลูทูธ</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>หยุดแล้ว</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>สรุป: {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>เปิด Play Protect อีกครั้ง</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>ปิดตำแหน่งเมื่อไม่ได้ใช้</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>ปิด “เปิดหน้าจอค้าง”</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>ปิดการสำรองข้อมูลของ Android ไปยังคลาวด์</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>ปิด Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>ปิดการสแกนหา Wi-Fi และบลูทูธ</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>ปิดสิทธิ์การช่วยเหลือพิเศษที่คุณไม่ได้ใช้</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>ปิดการช่วยเหลือพิเศษสำหรับแอปที่คุณไม่รู้จัก</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>ปิดการซิงค์อัตโนมัติ</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>ปิดตัวเลือกสำหรับนักพัฒนาแอปเมื่อทำเสร็จ</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>ปิดสิทธิ์เข้าถึงการแจ้งเตือนสำหรับแอปที่คุณไม่รู้จัก</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>ปิดตำแหน่งที่แน่นอนสำหรับแอปหาคู่</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>เปิดการตรวจสอบตัวตนและการป้องกันการโจรกรรม</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>เปิด DNS ส่วนตัว</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>ปิดเครื่องโทรศัพท์</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>ปิดเครื่องโทรศัพท์ก่อนถึงจุดตรวจหนังสือเดินทาง และเปิดหลังจากผ่านไปแล้วเท่านั้น โทรศัพท์ที่ปิดเครื่องไปแล้วจะเปิดได้ด้วย PIN ของคุณเท่านั้น</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>ปิดเครื่องโทรศัพท์ก่อนถึงด่านพรมแดน</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>ปิดเครื่องโทรศัพท์เมื่อมีแนวโน้มว่าจะถูกค้น</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>เอาสิทธิ์เข้าถึงรายชื่อติดต่อออก</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>เอาสิทธิ์ที่แอปไม่จำเป็นต้องใช้ออก</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>เอาสิทธิ์ตำแหน่งออกจากกล้อง</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>เอาสิทธิ์ไมโครโฟนและรายชื่อติดต่อออกจากแอปแปลภาษา</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>เอาสิทธิ์กล้องและไมโครโฟนออกจากแอปที่ไม่จำเป็นต้องใช้</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>เอาสิทธิ์เข้าถึงการใช้งานออกจากแอป</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram: ใช้การลบอัตโนมัติ</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>บอกคนที่คุณติดต่อด้วย</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>บอกกลุ่มและคนใกล้ชิดของคุณ เพื่อให้พวกเขาป้องกันตัวเองได้ ถ้าทำได้ ให้นำหมายเลขนั้นออกจากแชตกลุ่ม</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>ข้อความ SMS ไม่หายไปเอง ก่อนถึงช่วงเวลาที่เสี่ยง ให้ลบเธรดข้อความกับลูกค้าในแอป “ข้อความ” และขอให้ลูกค้าใช้แอปส่งข้อความที่มีข้อความที่หายไปเอง</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>ข้อความ SMS: ลบสิ่งที่ไม่จำเป็น</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>ข้อความและการโทรไปที่แอปที่เป็นส่วนหนึ่งของโทรศัพท์</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>นั่นคือโฟลเดอร์ โปรดระบุชื่อไฟล์ที่ลงท้ายด้วย .pdf หรือ .html: {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>โปรแกรม “adb” ในคอมพิวเตอร์เครื่องนี้ (เวอร์ชัน {version}, {path}) จับคู่ด้วยรหัสไม่ได้: การจับคู่มาพร้อมกับ Platform-Tools ของ Google เวอร์ชัน 30 ในปี 2020 แพ็กเกจ “adb” ของ Debian และ Ubuntu เป็นเวอร์ชัน 29 และไม่มีการจับคู่ ติดตั้ง Platform-Tools รุ่นปัจจุบันของ Google หรือต่อโทรศัพท์ด้วยสาย USB แทน</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>โปรแกรม “adb” ในคอมพิวเตอร์เครื่องนี้เก่าเกินไปหรือไม่ตอบสนองตามที่คาดไว้ (เซิร์ฟเวอร์เวอร์ชัน {version}; hardener ต้องใช้ {needed} ขึ้นไป) ติดตั้ง Android SDK Platform-Tools รุ่นปัจจุบัน แล้วลองอีกครั้ง</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>เซิร์ฟเวอร์ของโปรแกรม “adb” ไม่ได้ทำงานอยู่ในคอมพิวเตอร์เครื่องนี้ (พอร์ต {port}) เริ่มด้วยคำสั่ง “adb start-server” หรือเชื่อมต่อโดยไม่ใช้เซิร์ฟเวอร์ adb</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>พื้นที่ส่วนตัวยังเปิดอยู่หลังจากโทรศัพท์ล็อก</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>แอป SMS และแอปโทรศัพท์มากับโทรศัพท์</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>เซิร์ฟเวอร์ adb (พอร์ต {port}) ไม่มีโทรศัพท์</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>เซิร์ฟเวอร์ adb ไม่มีโทรศัพท์ “{serial}” โทรศัพท์ที่มีคือ: {serials} ตรวจสอบชื่อด้วย “adb devices”</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>เซิร์ฟเวอร์ adb แจ้งว่า: {said} (สถานะ: {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>กล้องและตำแหน่ง: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>กล้องใช้ตำแหน่งของคุณได้ รูปทุกรูปจึงมีข้อมูลว่าถ่ายที่ไหน เมื่อส่งหรือโพสต์ไป รูปอาจบอกได้ว่าคุณอยู่หรือทำงานที่ไหน</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>กล้องบันทึกตำแหน่งที่ถ่ายรูปไม่ได้</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>คำสั่งสำหรับโทรศัพท์เครื่องนี้ยาวเกินกว่าจะส่งผ่านเซิร์ฟเวอร์ adb ได้ ({size} ไบต์; ส่งต่อได้สูงสุด {limit}) โปรดเชื่อมต่อกับโทรศัพท์โดยตรงแทน โดยไม่ใช้เซิร์ฟเวอร์ adb</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>การเชื่อมต่อกับโทรศัพท์ขาดหาย (สายหลุดหรือเปล่า) เสียบใหม่อีกครั้ง: ไม่มีอะไรสูญหาย และสิ่งที่ยังไม่เสร็จทำให้เสร็จหรือเลิกทำได้</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>เบราว์เซอร์เริ่มต้นคือ {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>ไม่มีโฟลเดอร์สำหรับรายงาน: {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>ใช้ไฟล์ตัวบ่งชี้ {file} ไม่ได้: {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>คีย์ที่ hardener เก็บไว้ในพวงกุญแจ (keyring) ของคอมพิวเตอร์เครื่องนี้เสียหาย hardener จึงหยุดและไม่แตะต้องคีย์นั้น ถ้าจะเริ่มใหม่ด้วยคีย์ใหม่ ให้เรียกใช้คำสั่ง “hardener forget-key” แล้วโทรศัพท์จะถาม “อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม” อีกครั้ง</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>ลบคีย์ออกจากพวงกุญแจ (keyring) แล้ว</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>แป้นพิมพ์มากับโทรศัพท์</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>แป้นพิมพ์ที่ใช้อยู่เป็นส่วนหนึ่งของโทรศัพท์</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>พวงกุญแจ (keyring) ที่ hardener เก็บคีย์ไว้ถูกล็อกอยู่ ปลดล็อกก่อน (ใน Linux: เปิด “Passwords and Keys” แล้วปลดล็อก “Login” หรือออกจากระบบแล้วเข้าใหม่) แล้วลองอีกครั้ง</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>การอัปเดตความปลอดภัยครั้งล่าสุดผ่านมาแล้ว {months} เดือน</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>พวงกุญแจ (Keychain) ของ macOS ที่ hardener เก็บคีย์ไว้ถูกล็อกอยู่ เปิดแอป Keychain Access แล้วปลดล็อกพวงกุญแจ “login” (หรือออกจากระบบแล้วเข้าใหม่) แล้วลองอีกครั้ง</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>เรื่องเร่งด่วนที่สุดอยู่ก่อน แต่ละรายการบอกว่าคนที่ถือโทรศัพท์เครื่องนี้จะเห็นหรือทำอะไรได้</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>ชื่อเว็บไซต์และแอปที่คุณใช้ส่งไปโดยไม่เข้ารหัส เครือข่ายที่คุณใช้อยู่จึงอ่านได้ Android เข้ารหัสให้เองได้</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>โทรศัพท์สำรองข้อมูลตัวเองไปยังคลาวด์</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>โทรศัพท์ไม่ยอมรับการจับคู่ ในโทรศัพท์ ให้แตะ “จับคู่อุปกรณ์ด้วยรหัสการจับคู่” อีกครั้ง แล้วพิมพ์รหัสใหม่และที่อยู่พร้อมพอร์ต (ทั้งสองอย่างเปลี่ยนทุกครั้ง) ขณะที่หน้าต่างนั้นยังเปิดอยู่ โทรศัพท์และคอมพิวเตอร์เครื่องนี้ต้องอยู่ในเครือข่าย Wi-Fi เดียวกัน</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>โทรศัพท์ไม่อนุญาตคอมพิวเตอร์เครื่องนี้ ถอดสายแล้วเสียบใหม่ ปลดล็อกโทรศัพท์ แล้วแตะ “อนุญาต” เมื่อโทรศัพท์ถาม</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>โทรศัพท์ไม่ได้ปิดการแก้ไขข้อบกพร่อง USB: {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>โทรศัพท์ไม่ตอบสนอง ถอดสายแล้วเสียบใหม่ และปลดล็อกโทรศัพท์ ถ้ายังไม่ได้ ให้รีสตาร์ทโทรศัพท์</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>โทรศัพท์ไม่ได้คัดลอกข้อมูลของแอปไปยังบัญชี</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>โทรศัพท์ไม่มีการล็อกที่ต้องรอ</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>โทรศัพท์ยังไม่ได้อนุญาตคอมพิวเตอร์เครื่องนี้ ปลดล็อกโทรศัพท์แล้วแตะ “อนุญาต” ที่ข้อความ “อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม”</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>โทรศัพท์ไม่ได้เก็บสิทธิ์การแก้ไขข้อบกพร่อง USB ของคอมพิวเตอร์เครื่องใดไว้เลย รวมถึงเครื่องนี้ด้วย</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>โทรศัพท์คอยสแกนหา Wi-Fi และบลูทูธอยู่</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>โทรศัพท์ล็อก {seconds} วินาทีหลังหน้าจอดับ</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>โทรศัพท์ปฏิเสธการเปลี่ยนแปลงนี้: ผู้ผลิตบล็อกไม่ให้เปลี่ยนจากคอมพิวเตอร์ แต่ยังเปลี่ยนเองได้ใน “การตั้งค่า” ของโทรศัพท์</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>โทรศัพท์ไม่ยอมเก็บไฟล์ ตรวจดูว่ามีพื้นที่ว่างเหลืออยู่</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>โทรศัพท์รายงานชื่อที่ hardener ไม่เชื่อถือ ({kind}) จึงข้ามไป</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>โทรศัพท์ยังเปิดอยู่ {minutes} นาทีหลังหน้าจอดับ</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>โทรศัพท์ยังเปิดอยู่ {seconds} วินาทีหลังหน้าจอดับ</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>โทรศัพท์ใช้เวลาตอบนานเกินไป ตรวจดูสายและดูว่าโทรศัพท์ปลดล็อกอยู่</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>โทรศัพท์เชื่อถือคอมพิวเตอร์สำหรับการแก้ไขข้อบกพร่อง USB (จำนวน: {count}) และไม่ได้บอกว่าเครื่องไหน (ถ้ามี) คือคอมพิวเตอร์เครื่องนี้ โปรดเพิกถอนการให้สิทธิ์เมื่อ hardener ทำงานเสร็จ</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>โทรศัพท์เชื่อถือเฉพาะใบรับรองที่มากับเครื่องเท่านั้น</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>อินเทอร์เน็ตของโทรศัพท์ไม่ได้ผ่านพร็อกซีหรือแอป VPN ที่ติดตั้งเอง</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>พื้นที่เก็บข้อมูลของโทรศัพท์เข้ารหัสอยู่</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>พื้นที่เก็บข้อมูลของโทรศัพท์ไม่ได้เข้ารหัส</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>โปรไฟล์ {file} เสียหาย: กฎ {rule} ช่อง {field}: {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>บันทึกที่ต้องใช้เลิกทำการเปลี่ยนแปลงไม่อยู่ในโทรศัพท์แล้ว จึงคืนค่าเดิมโดยอัตโนมัติไม่ได้ คุณเปลี่ยนการตั้งค่าแต่ละอย่างกลับเองได้</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>บันทึกสิ่งที่เปลี่ยนไปเก็บอยู่ในโทรศัพท์เอง ไม่ได้อยู่ในคอมพิวเตอร์</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>ไฟล์รายงานต้องลงท้ายด้วย .pdf หรือ .html: {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>ไม่ได้บันทึกรายงานไว้ในโทรศัพท์: พบแอปสอดแนมในโทรศัพท์ หรือ hardener ตรวจหาไม่ได้ แอปแบบนั้นอาจอ่านรายงานและเตือนคนที่ติดตั้งแอปได้</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>รายงานจะถูกบันทึกไว้ในโฟลเดอร์ “ดาวน์โหลด” ของโทรศัพท์ ใครก็ตามที่ค้นโทรศัพท์จะอ่านได้ที่นั่น ลบทิ้งเมื่อไม่ต้องใช้แล้ว</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>ปลอดภัยที่สุดคือใช้โทรศัพท์แยกสำหรับงาน ถ้าใช้โทรศัพท์เครื่องเดียว ให้ใช้ซิมหรือหมายเลขแยกสำหรับงาน ใช้ WhatsApp Business หรือแอปส่งข้อความอีกแอปสำหรับงานเท่านั้น และไม่มีรูปส่วนตัวในแอปงาน</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>หน้าจอไม่เปิดค้างขณะชาร์จ</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>การล็อกหน้าจอเป็นรูปแบบ (pattern)</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>การล็อกหน้าจอเป็นแค่การปัด</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>หน้าจอเปิดอยู่ {minutes} นาทีก่อนล็อก</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>หน้าจอเปิดอยู่ {seconds} วินาทีก่อนล็อก</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>หน้าจอเปิดค้างขณะชาร์จ</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>หน้าจอดับหลังจาก {seconds} วินาที</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>แอปความปลอดภัยในโทรศัพท์เครื่องนี้เปิดอยู่</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>การตั้งค่าหน้าจอล็อกที่เข้มงวดที่สุด ล้างประวัติการแปล และขั้นตอนที่ต้องทำก่อนถูกค้น</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>ลบบันทึกสำหรับเลิกทำแล้ว (ตรวจสอบแล้ว): ไม่มีสิ่งที่ hardener เขียนไว้เหลืออยู่ในโทรศัพท์</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>ลบบันทึกสำหรับเลิกทำแล้ว: ตอนนี้ในโทรศัพท์ไม่มีบันทึกนี้แล้ว</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>อ่านบันทึกสำหรับเลิกทำในโทรศัพท์ไม่ได้ รายงานจึงบอกไม่ได้ว่าเปลี่ยนอะไรไปบ้าง</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>บันทึกสำหรับเลิกทำในโทรศัพท์เครื่องนี้เสียหาย จึงจะไม่นำมาใช้ คุณลบบันทึกนี้และตรวจการตั้งค่าของโทรศัพท์เองได้</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>บันทึกสำหรับเลิกทำยังอยู่ในโทรศัพท์ โดยล็อกไว้ด้วยรหัสเลิกทำ คนที่ค้นโทรศัพท์จะเห็นว่ามีไฟล์อยู่ แต่อ่านไม่ได้ถ้าไม่มีรหัส</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>โปรไฟล์งานในโทรศัพท์เครื่องนี้ควบคุมโดยผู้จัดการ ซึ่งมักเป็นนายจ้าง เขาเห็นแอปและข้อมูลในโปรไฟล์นั้นได้ อย่าเก็บเรื่องส่วนตัวไว้ในโปรไฟล์นั้น</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>ไม่มี Google Play ในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>ไม่มีโทรศัพท์สำหรับฝึกที่ชื่อ “{name}” โทรศัพท์สำหรับฝึกที่มีคือ: {names}</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>ไม่มีโปรไฟล์ที่ชื่อ “{name}” โปรไฟล์ที่มีคือ: {names}</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>ไม่มีการล็อกหน้าจอ</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>ไม่มีอะไรให้เลิกทำในโทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>ไม่มีคีย์ในพวงกุญแจ (keyring)</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>ไม่มีคีย์ให้ลบ</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>ไม่มีค่ากำหนดที่บันทึกไว้</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>ข้อมูลเหล่านี้ถูกคัดลอกไปยังเซิร์ฟเวอร์ของบัญชี ใครก็ตามที่เข้าบัญชีได้ หรือบริษัทเมื่อตำรวจขอ อ่านได้โดยไม่ต้องใช้โทรศัพท์ของคุณ</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>สิ่งเหล่านี้คุณต้องทำเองในโทรศัพท์ แต่ละอย่างใช้เวลาหนึ่งหรือสองนาที</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>ลองพิจารณาการปกป้องขั้นสูง</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>ลองพิจารณาการปลดล็อกด้วยลายนิ้วมือและใบหน้า</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>คิดให้ดีก่อนลบข้อมูลจากระยะไกล</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>Android เวอร์ชันนี้ไม่ได้บอกว่าเบราว์เซอร์ไหนเป็นเบราว์เซอร์เริ่มต้น</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>Android เวอร์ชันนี้ไม่ได้บอกว่าเป็นการล็อกแบบไหน ถ้าเป็นรูปแบบ (pattern) ให้เปลี่ยนเป็น PIN ตั้งแต่ 6 หลักขึ้นไป หรือรหัสผ่าน</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>Android เวอร์ชันนี้ไม่แสดงว่าเชื่อถือคอมพิวเตอร์เครื่องไหนสำหรับการแก้ไขข้อบกพร่อง USB คอมพิวเตอร์เครื่องอื่นอาจได้รับอนุญาตด้วย โปรดเพิกถอนทั้งหมดเมื่อ hardener ทำงานเสร็จ</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>Android เวอร์ชันนี้ไม่มีการปกป้องขั้นสูง</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>Android เวอร์ชันนี้ไม่มีการตรวจสอบตัวตน (Identity Check)</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>Android เวอร์ชันนี้ไม่มีปุ่ม “ปิดล็อก”</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>โทรศัพท์ Xiaomi เครื่องนี้ปฏิเสธการเปลี่ยนแปลงจากคอมพิวเตอร์จนกว่าจะเปิด “การแก้ไขข้อบกพร่อง USB (การตั้งค่าความปลอดภัย)” เปิด “การตั้งค่า” &gt; “ตัวเลือกสำหรับนักพัฒนาแอป” แล้วเปิดตัวเลือกนี้ (โทรศัพท์อาจขอให้ลงชื่อเข้าใช้บัญชี Mi) จากนั้นกด “ลองอีกครั้ง”</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>แอปนี้รู้ได้ว่าคุณอยู่ที่ไหนตลอดเวลา หรืออ่านข้อความ SMS หรือประวัติการโทรของคุณได้ แอปส่วนใหญ่ไม่จำเป็นต้องใช้สิ่งนี้ เอาสิทธิ์ที่แอปไม่จำเป็นต้องใช้ออก</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>แอปนี้วางหน้าต่างของตัวเองทับแอปอื่นได้ แอปที่เป็นอันตรายใช้วิธีนี้แสดงหน้าจอปลอมเพื่อขโมย PIN หรือรหัสผ่าน บับเบิลแชตและปุ่มแปลภาษาก็ใช้วิธีนี้เช่นกัน</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>แอปนี้ไม่ได้มาจากสโตร์แอป และเข้าถึงข้อมูลส่วนตัวของคุณได้ แอปสอดแนมทำงานแบบนี้ ถ้าคุณไม่รู้จักแอปนี้ โปรดเก็บหลักฐานไว้และขอความช่วยเหลือก่อนนำออก</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>แอปนี้ใช้ชื่อที่มีแต่แอปของ Android เองใช้ แต่ไม่ได้มากับโทรศัพท์ แอปสอดแนมแฝงตัวอยู่หลังชื่อแบบนี้ อย่าเพิ่งนำออก: ถ้าแอปนี้คอยดูอยู่ การนำออกอาจทำให้คนที่ติดตั้งรู้ตัว โปรดเก็บหลักฐานไว้และวางแผนความปลอดภัยก่อน</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>แอปนี้สร้างมาเพื่อเฝ้าดูโทรศัพท์ เช่น เป็น “การควบคุมโดยผู้ปกครอง” ถ้าคุณไม่ได้ติดตั้งเอง อาจมีคนกำลังติดตามสิ่งที่คุณทำ อย่าเพิ่งนำออก: โปรดเก็บหลักฐานไว้และวางแผนความปลอดภัยก่อน</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>แอปนี้อยู่ในรายชื่อแอปสอดแนม (สตอล์กเกอร์แวร์) ที่เปิดเผยต่อสาธารณะ: แอปที่ซ่อนตัวในโทรศัพท์และส่งข้อความ ตำแหน่ง รูปภาพ และการโทรไปให้คนอื่น อย่าเพิ่งนำออก: การนำออกอาจทำให้คนที่ติดตั้งรู้ตัว โปรดเก็บหลักฐานไว้และวางแผนความปลอดภัยก่อน</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>แอปนี้ถูกตั้งเป็น VPN แบบเปิดตลอดเวลา ทุกอย่างที่โทรศัพท์ส่งจึงผ่านแอปนี้ แอปนี้ติดตั้งจากนอกสโตร์แอป ถ้าคุณไม่ได้เลือกเอง อย่าเพิ่งนำออก: ถ้าแอปนี้คอยดูอยู่ การนำออกอาจทำให้คนที่ติดตั้งรู้ตัว โปรดเก็บหลักฐานไว้และวางแผนความปลอดภัยก่อน</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>แอปนี้ถูกตั้งเป็นแอปเริ่มต้นสำหรับข้อความหรือการโทร จึงได้รับทั้งหมด รวมถึงรหัสเข้าสู่ระบบ แอปนี้ไม่ได้มากับโทรศัพท์ ถ้าคุณเลือกเอง โปรดตรวจดูว่าคุณเชื่อถือผู้สร้างแอป</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>แอปนี้ถูกตั้งเป็นแอปเริ่มต้นสำหรับข้อความหรือการโทร จึงได้รับทั้งหมด รวมถึงรหัสเข้าสู่ระบบ แอปนี้ติดตั้งจากนอกสโตร์แอป อย่าเพิ่งนำออก: ถ้าแอปนี้คอยดูอยู่ การนำออกอาจทำให้คนที่ติดตั้งรู้ตัว โปรดเก็บหลักฐานไว้และวางแผนความปลอดภัยก่อน</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>แอปนี้ติดตั้งแอปใหม่ลงในโทรศัพท์ได้ แอปสอดแนมมักเข้ามาด้วยวิธีนี้ ถ้าคุณไม่ได้ใช้แอปนี้ติดตั้งแอปโดยตั้งใจ ให้เอาสิทธิ์นี้ออก</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>แอปนี้อาจบันทึกหรือสตรีมทุกอย่างบนหน้าจอของคุณ รวมถึงการแสดงและแชต โดยไม่ถามคุณก่อน วิดีโอที่บันทึกการแสดงถูกนำไปใช้แบล็กเมล ให้สิทธิ์นี้เฉพาะแอปที่คุณเลือกเอง</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>แอปนี้ปกป้องโทรศัพท์ เช่น ตรวจหาแอปสอดแนม แต่ถูกปิดไว้ แอปสอดแนมหรือคนที่ติดตั้งแอปเหล่านั้นทำแบบนี้เพื่อไม่ให้ถูกพบ</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>แอปนี้เห็นการแจ้งเตือนทุกรายการ: ตัวอย่างข้อความ รหัส การนัดหมาย ใครกำลังโทรมา แอปสอดแนมใช้สิทธิ์นี้ ให้สิทธิ์นี้เฉพาะแอปที่คุณจำเป็นต้องใช้ เช่น แอปนาฬิกาอัจฉริยะ</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>แอปนี้อัปโหลดรายชื่อติดต่อของคุณไปยังเซิร์ฟเวอร์ของตัวเอง ซึ่งคนแปลกหน้าค้นหาชื่อที่คนอื่นบันทึกไว้กับหมายเลขโทรศัพท์ได้ หมายเลขของลูกค้าและเพื่อนร่วมงาน รวมถึงชื่อที่คุณบันทึกไว้ จะออกไปจากโทรศัพท์</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>แอปนี้ไม่ได้ติดตั้งจากสโตร์แอปและไม่แสดงในรายการแอป จึงมองข้ามได้ง่าย คุณรู้จักแอปนี้ไหม แอปสอดแนมมักซ่อนตัวแบบนี้ อย่าเพิ่งนำออก: ถ้าแอปนี้คอยดูอยู่ การนำออกอาจทำให้คนที่ติดตั้งรู้ตัว โปรดเก็บหลักฐานไว้และวางแผนความปลอดภัยก่อน</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>แอปนี้ไม่ได้ติดตั้งจากสโตร์แอป ไม่มีไอคอนในรายการแอป และทำสิ่งที่แอปสอดแนมทำได้: {powers} นี่คือลักษณะที่ผู้เชี่ยวชาญมองหา อย่าเพิ่งนำออก: ถ้าแอปนี้คอยดูอยู่ การนำออกอาจทำให้คนที่ติดตั้งรู้ตัว โปรดเก็บหลักฐานไว้และวางแผนความปลอดภัยก่อน</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>เบราว์เซอร์นี้เก็บประวัติและการลงชื่อเข้าใช้ของคุณไว้ ซึ่งใครก็ตามที่เปิดโทรศัพท์ได้จะอ่านได้ สำหรับงาน เบราว์เซอร์ส่วนตัวเก็บข้อมูลน้อยกว่า หรือใช้แท็บส่วนตัวและล้างประวัติ</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>การเปลี่ยนแปลงนี้ย้อนกลับไม่ได้</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>คอมพิวเตอร์เครื่องนี้ไม่อนุญาตให้ hardener ใช้พอร์ต USB ใน Linux ให้ติดตั้งแพ็กเกจ “android-sdk-platform-tools-common” (ซึ่งเพิ่มกฎสำหรับ USB) แล้วเสียบโทรศัพท์ใหม่</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>คอมพิวเตอร์เครื่องนี้ไม่มีที่ปลอดภัยสำหรับเก็บคีย์ของ hardener (“keyring” หรือพวงกุญแจ) ใน Linux ให้ติดตั้งและปลดล็อก GNOME Keyring หรือ KWallet (เช่น: sudo apt install gnome-keyring) แล้วลองอีกครั้ง hardener ไม่เคยเก็บคีย์ไว้ในไฟล์ธรรมดา</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>คอมพิวเตอร์เครื่องนี้ไม่มีที่ปลอดภัยสำหรับเก็บคีย์ของ hardener: hardener เก็บคีย์ไว้ใน Windows Credential Manager ซึ่งไม่ตอบสนอง ลงชื่อเข้าใช้ Windows ด้วยบัญชีของคุณเอง (ไม่ใช่บัญชีผู้เยี่ยมชม) แล้วลองอีกครั้ง hardener ไม่เคยเก็บคีย์ไว้ในไฟล์ธรรมดา</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>คอมพิวเตอร์เครื่องนี้ไม่มีที่ปลอดภัยสำหรับเก็บคีย์ของ hardener: hardener เก็บคีย์ไว้ใน Keychain ของ macOS ซึ่งไม่ตอบสนอง เปิดแอป Keychain Access ตรวจดูว่ามีพวงกุญแจ “login” และปลดล็อกอยู่ แล้วลองอีกครั้ง hardener ไม่เคยเก็บคีย์ไว้ในไฟล์ธรรมดา</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>hardener ชุดนี้ไม่มีโปรไฟล์ (สถานการณ์ที่ใช้วางแผนการเปลี่ยนแปลง) โปรดติดตั้ง hardener ใหม่</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>เปลี่ยนสิ่งนี้จากคอมพิวเตอร์ไม่ได้</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>แอปหาคู่นี้รู้ตำแหน่งที่แน่นอนของคุณ ตำรวจเคยใช้แอปหาคู่ตามหาพนักงานบริการ ตำแหน่งโดยประมาณก็เพียงพอสำหรับการพบคนที่อยู่ใกล้ ๆ</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>แอปหาคู่นี้รู้ตำแหน่งที่แน่นอนของคุณ ตำรวจเคยใช้แอปหาคู่ตามหาพนักงานบริการ Android เวอร์ชันนี้ไม่มีตัวเลือกตำแหน่งโดยประมาณ: อนุญาตตำแหน่งเฉพาะขณะใช้แอป หรือไม่อนุญาตเลย</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>นี่คือสรุปการตรวจความปลอดภัยของโทรศัพท์เครื่องนี้: สิ่งที่พบ สิ่งที่เปลี่ยนไป สิ่งที่คุณยังทำเองได้ และสิ่งที่ต้องทำถ้าโทรศัพท์ถูกยึด</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>นี่เป็นแอปธรรมดา แต่ก็ใช้ติดตามตัวบุคคลได้ เช่น แอปติดตามตำแหน่ง แอปบันทึกการโทร หรือแอปควบคุมระยะไกล คุณติดตั้งเองหรือเปล่า และติดตั้งทำไม</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>แอปส่งข้อความนี้ใช้รายชื่อติดต่อของคุณเพื่อแสดงว่าใครใช้แอปนี้บ้าง และคนที่มีหมายเลขของคุณจะเห็นว่าคุณใช้แอปนี้ ถ้าเรื่องนี้อาจทำให้ตัวตนของคุณถูกเปิดเผย ให้ใช้กับหมายเลขแยก</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>โทรศัพท์เครื่องนี้</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>โทรศัพท์เครื่องนี้ยังมี {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>โทรศัพท์เครื่องนี้มีสองหมายเลข</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>โทรศัพท์เครื่องนี้ใช้ซิมการ์ดหนึ่งใบและ WhatsApp หนึ่งบัญชี ถ้าคุณใช้ทำงาน ให้เก็บหมายเลขส่วนตัวไว้ในโทรศัพท์อีกเครื่อง</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>โทรศัพท์เครื่องนี้ถูกจัดการโดย {app}</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>โทรศัพท์เครื่องนี้เก็บบันทึกการเปลี่ยนแปลงจากการมาครั้งก่อนที่ล็อกไว้ เมื่อใช้รหัสเลิกทำของบันทึกนั้น รายงานนี้จะแสดงรายการการเปลี่ยนแปลง</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>โทรศัพท์เครื่องนี้มีบันทึกสำหรับเลิกทำจากการมาครั้งก่อน พิมพ์รหัสเลิกทำเพื่อใช้บันทึกนั้น หรือลบบันทึก (การเปลี่ยนแปลงครั้งก่อนจะยังคงอยู่ และจะย้อนกลับไม่ได้อีก)</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>สรุปนี้ไม่ได้เก็บไว้ในคอมพิวเตอร์ที่ใช้สร้าง ถ้าคุณเก็บสำเนาไว้ ให้เก็บในที่ปลอดภัย หรือลบทิ้งเมื่อไม่ต้องใช้แล้ว</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>รหัสเลิกทำนี้เปิดบันทึกในโทรศัพท์เครื่องนี้ไม่ได้ ตรวจดูรหัสแล้วลองอีกครั้ง</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>ไม่ได้เปลี่ยนสิ่งนี้ เพราะไม่ได้เลือกไว้</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>ถ้าจะคืนค่าการเปลี่ยนแปลง ให้ต่อโทรศัพท์อีกครั้งกับโปรแกรมที่ใช้ตรวจครั้งนี้ ในคอมพิวเตอร์เครื่องไหนก็ได้ แล้วเลือก “เลิกทำ”</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>เครื่องมือที่ตำรวจใช้เปิดโทรศัพท์ได้ผลดีที่สุดกับโทรศัพท์ที่ไม่ได้รับการอัปเดตความปลอดภัย โทรศัพท์เก่าที่ไม่ได้รับการอัปเดตแล้วเจาะเข้าได้ง่ายกว่า แม้จะมี PIN ที่ดี</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>เครื่องมือที่ใช้เปิดโทรศัพท์ที่ถูกยึด ได้ผลดีที่สุดกับโทรศัพท์ที่ไม่ได้รับการอัปเดต</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>แปลจากคู่มือภาษาอังกฤษ</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>แอปแปลภาษาเก็บสิ่งที่คุณพิมพ์หรือพูดไว้ ซึ่งมักเป็นการสนทนากับลูกค้า ตำรวจเคยใช้ประวัตินี้พิสูจน์ว่าคนเป็นพนักงานบริการ โปรดล้างบ่อย ๆ</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>แอปแปลภาษา: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>ประวัติการแปลถูกนำไปอ่านเพื่อพิสูจน์ว่าทำงานบริการ แล้วใช้เนรเทศ</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>คำแปลที่เก็บไว้ในบัญชีของคุณ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>ประวัติการแปล</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>เดินทางโดยมีเฉพาะบัญชีที่จำเป็น</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>ลองอีกครั้ง ถ้ายังอยู่ โทรศัพท์อาจไม่ยอมลบ (ตรวจดูพื้นที่เก็บข้อมูลของโทรศัพท์)</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>เปิด Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>เปิดข้อความที่หายไปเอง และลบแชตกับรูปที่ไม่จำเป็น</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>เปิดการหมดเวลาการให้สิทธิ์อีกครั้ง</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>เปิดแอปความปลอดภัยอีกครั้ง</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>ซิมการ์ดสองใบ หรือ WhatsApp คู่กับ WhatsApp Business มักหมายถึงงานกับชีวิตส่วนตัวอยู่ในโทรศัพท์เครื่องเดียว ถ้าถูกยึด ทั้งสองชีวิตจะอยู่ในมือคนคนเดียวกัน โทรศัพท์แยกสำหรับงานปลอดภัยที่สุด</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>การแก้ไขข้อบกพร่องผ่าน USB และผ่าน Wi-Fi เปิดอยู่</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>การแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>การแก้ไขข้อบกพร่อง USB และตัวเลือกสำหรับนักพัฒนาแอปปิดอยู่</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>การแก้ไขข้อบกพร่อง USB และคอมพิวเตอร์ที่เชื่อถือ</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>การให้สิทธิ์การแก้ไขข้อบกพร่อง USB มีวันหมดอายุ</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>การหมดอายุของการแก้ไขข้อบกพร่อง USB: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>ปิดการแก้ไขข้อบกพร่อง USB แล้ว การเชื่อมต่อสิ้นสุดลงตามที่คาดไว้</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>การแก้ไขข้อบกพร่อง USB ปิดอยู่ในโทรศัพท์เครื่องนี้ hardener จึงติดต่อกับโทรศัพท์ไม่ได้</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>การแก้ไขข้อบกพร่อง USB เปิดอยู่</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>การแก้ไขข้อบกพร่อง USB ยังเปิดอยู่ คุณจึงลองอีกครั้งได้</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>การแก้ไขข้อบกพร่อง USB: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>รหัสเลิกทำ (ที่แสดงตอนทำการเปลี่ยนแปลง): </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>รหัสเลิกทำสำหรับการเปลี่ยนแปลงเหล่านี้: {code}   (จดไว้ตอนนี้เลย และเก็บไว้แยกจากโทรศัพท์)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>รหัสเลิกทำ: {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>เลิกทำการเปลี่ยนแปลงเหล่านี้ไหม</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>ปลดล็อกโทรศัพท์แล้วแตะ “อนุญาต” ที่ข้อความ “อนุญาตให้แก้ไขข้อบกพร่อง USB ไหม”…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>จนกว่าคุณจะป้อน PIN ครั้งถัดไป ลายนิ้วมือ ใบหน้า และ Smart Lock จะเปิดโทรศัพท์ไม่ได้</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>เร่งด่วน</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>สิทธิ์เข้าถึงการใช้งานทำให้แอปเห็นทุกแอปที่คุณเปิดและเปิดนานเท่าไร แอปสอดแนมใช้สิทธิ์นี้รายงานเรื่องของคุณ มีแอปไม่กี่แอปที่ต้องใช้</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>สิทธิ์เข้าถึงการใช้งานแสดงว่าคุณใช้แอปไหนและเมื่อไร</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>สิทธิ์เข้าถึงการใช้งาน: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>ใช้ “ปิดล็อก” เมื่อโทรศัพท์อาจถูกยึด</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>ใช้ PIN ไม่ใช่ใบหน้าหรือนิ้ว</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>ใช้ VPN ที่เปิดตลอดเวลา</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>ใช้โทรศัพท์ที่คนที่คอยดูคุณไม่รู้จัก เพื่อขอความช่วยเหลือ</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>ใช้หมายเลขแยกสำหรับงาน</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>ใช้โทรศัพท์หรือซิมแยกสำหรับงาน</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>ใช้การล็อกหน้าจอที่คาดเดายาก</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>ผู้ใช้/โปรไฟล์:</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN และเครือข่าย</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber: ตั้งให้ข้อความหายไปเอง</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>คำเตือน: การเปลี่ยนแปลง %n รายการเกี่ยวข้องกับแอปสอดแนม ตามที่คุณเลือก (--touch-spying-apps)</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>ถูกคู่ครองหรือลูกค้าคอยดูหรือแบล็กเมล</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>WeChat ไม่มีข้อความที่หายไปเอง ก่อนถึงช่วงเวลาที่เสี่ยง ให้เปิด “ฉัน” &gt; “การตั้งค่า” &gt; “ทั่วไป” &gt; “จัดการพื้นที่เก็บข้อมูล” แล้วล้างประวัติแชตที่ไม่จำเป็น</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>WeChat: ลบแชตเก่า</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>งานเว็บแคมและงานสร้างคอนเทนต์</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>สิ่งที่บัญชีคัดลอก: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>สิ่งที่เปลี่ยนไป</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>สิ่งที่พบ</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business: ตั้งให้ข้อความหายไปเอง</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp: ตั้งให้ข้อความหายไปเอง</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>เมื่อแอปขอบันทึกหรือแคสต์หน้าจอของคุณ อย่าติ๊ก “ไม่ต้องแสดงอีก” เด็ดขาด การตั้งค่าของโทรศัพท์ไม่มีสวิตช์ให้ยกเลิกสิทธิ์นี้: ให้ hardener บล็อกไว้ หรือนำแอปออก</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>เมื่อ hardener ทำงานเสร็จ ให้เปิด “การตั้งค่า” &gt; “ตัวเลือกสำหรับนักพัฒนาแอป” แล้วปิด “การแก้ไขข้อบกพร่องผ่าน Wi-Fi”</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>เมื่อ hardener ทำงานเสร็จ ให้เปิด “การตั้งค่า” &gt; “ตัวเลือกสำหรับนักพัฒนาแอป” แตะ “เพิกถอนการให้สิทธิ์การแก้ไขข้อบกพร่อง USB” แล้วยืนยัน คอมพิวเตอร์ทุกเครื่อง รวมถึงเครื่องนี้ จะต้องได้รับอนุญาตใหม่ จากนั้นปิดการแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>เมื่อปลอดภัยที่จะทำ ให้เปิด “การตั้งค่า” &gt; “ความปลอดภัย” ดูลายนิ้วมือ ใบหน้า และอุปกรณ์ที่เชื่อถือ การลบรายการที่อีกฝ่ายเพิ่มไว้อาจทำให้เขารู้ตัว: วางแผนก่อน</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>เมื่อ VPN หลุดหรือเชื่อมต่อใหม่ แอปอาจเชื่อมต่อโดยไม่ผ่าน VPN ได้ชั่วขณะ เปิด “บล็อกการเชื่อมต่อโดยไม่ใช้ VPN” เพื่อไม่ให้เกิดขึ้นเลย</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>เมื่อโทรศัพท์ล็อก</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>เมื่อคุณลงชื่อเข้าใช้อยู่ Google อาจบันทึกสิ่งที่คุณแปลไว้ในบัญชี Google ของคุณ นอกโทรศัพท์ hardener มองไม่เห็นและลบสำเนานั้นไม่ได้ แต่คุณลบเองได้</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>แอปมาจากที่ไหน: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>ขณะเสียบสายชาร์จ หน้าจอจะไม่ดับเลย จึงไม่ล็อกเลย ใครก็หยิบไปจากที่ชาร์จแล้วใช้ได้</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>ใครก็ตามที่รู้รหัสผ่านของบัญชี จะเห็นสิ่งที่บัญชีเก็บไว้ (ข้อความ รูปภาพ รายชื่อติดต่อ ตำแหน่ง) ได้จากทุกที่โดยไม่ต้องใช้โทรศัพท์ ตรวจดูว่าคุณรู้จักทุกบัญชีที่นี่ และแยกบัญชีงานกับบัญชีส่วนตัว</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>เหตุผล: {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>การสแกนหา Wi-Fi และบลูทูธปิดอยู่</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>การสแกนหา Wi-Fi และบลูทูธ: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>รหัสการจับคู่ Wi-Fi ที่แสดงในโทรศัพท์: </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>การสแกนหา Wi-Fi ขณะ Wi-Fi ปิดอยู่</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>Windows Credential Manager ที่ hardener เก็บคีย์ไว้เปิดไม่ได้ ออกจากระบบ Windows แล้วเข้าใหม่ จากนั้นลองอีกครั้ง</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>Windows ไม่อนุญาตให้ hardener ใช้การเชื่อมต่อ USB ของโทรศัพท์เอง ติดตั้ง Platform-Tools ของ Google และไดรเวอร์ USB ของโทรศัพท์ เรียกใช้ “adb devices” หนึ่งครั้ง แล้วเลือกโทรศัพท์ “ผ่าน adb ของ Google” ในรายการ</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>การแก้ไขข้อบกพร่องผ่าน Wi-Fi ปิดอยู่</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>การแก้ไขข้อบกพร่องผ่าน Wi-Fi เปิดอยู่</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>การแก้ไขข้อบกพร่องผ่าน Wi-Fi: อ่านไม่ได้</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>เมื่อมีการตรวจสอบตัวตน คนที่แอบดูคุณพิมพ์ PIN จะใช้ PIN อย่างเดียวเปลี่ยนการล็อกหรือปิดการป้องกันไม่ได้ โทรศัพท์เครื่องนี้มีฟีเจอร์นี้ แต่ไม่ได้แสดงว่าเปิดอยู่</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>ถ้าไม่มี VPN เครือข่ายที่คุณใช้อยู่จะเห็นว่าคุณใช้เว็บไซต์และแอปไหน</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>ถ้าไม่มี VPN เครือข่ายที่คุณใช้ (โรงแรม Wi-Fi ของลูกค้า บริษัทโทรศัพท์) จะเห็นว่าคุณเชื่อมต่อกับเว็บไซต์และแอปไหน VPN ซ่อนสิ่งนั้นจากพวกเขา</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>ถ้าไม่มีการล็อกหน้าจอ การหน่วงเวลานี้ไม่มีผลอะไร ตั้ง PIN ก่อน</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>ถ้าไม่เข้ารหัส ข้อมูลในโทรศัพท์อาจถูกคัดลอกออกไปด้วยเครื่องมือได้ แม้ขณะล็อกอยู่ โทรศัพท์รุ่นเก่าเข้ารหัสได้จาก “การตั้งค่า” ส่วนโทรศัพท์รุ่นใหม่เข้ารหัสเสมอ</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>ถ้าไม่มีไมโครโฟนและรายชื่อติดต่อ แอปแปลภาษาจะเก็บข้อมูลเกี่ยวกับคุณน้อยลง</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>งานและชีวิตส่วนตัว</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>ควรแก้ไข</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>Xiaomi Redmi Note 12 บน MIUI 14 (Android 13) ที่ปิด “การแก้ไขข้อบกพร่อง USB (การตั้งค่าความปลอดภัย)”: การเปลี่ยนสิทธิ์และการเขียนการตั้งค่าที่ปลอดภัย (secure settings) ถูกปฏิเสธ</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>คุณทำเองได้ในแอป “การตั้งค่า” ของโทรศัพท์</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>สิ่งที่คุณต้องทำเองในโทรศัพท์:</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>คุณต้องใช้รหัสเลิกทำที่ได้รับไว้ตอนที่ทำการเปลี่ยนแปลง</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>คุณต้องใช้รหัสเลิกทำนี้: {code} เก็บหน้านี้ไว้แยกจากโทรศัพท์</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>บัญชี Google ของคุณอาจเก็บคำแปลของคุณไว้</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>อินเทอร์เน็ตของคุณผ่านคอมพิวเตอร์เครื่องอื่น</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>แป้นพิมพ์ของคุณคือ {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>ตั้ง PIN, รูปแบบ หรือรหัสผ่านไว้แล้ว</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>พื้นที่ส่วนตัว</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>แอปแสดงหมายเลขผู้โทร</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>แอปพื้นที่เก็บข้อมูลบนคลาวด์</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>แอปหาคู่</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>แอปส่งข้อความ</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>แอปติดตามตรวจสอบ</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>สิทธิ์</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>แอปสำเนาที่สอง (แอปคู่)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>แอปโซเชียล</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>แอปสอดแนม</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>แอปแปลภาษา</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>โปรไฟล์งาน</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>บริการการช่วยเหลือพิเศษ</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>บัญชี</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>อนุญาต</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>ทำไว้แล้ว</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>แอป</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>สโตร์แอป</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>ผู้ใช้อีกคน</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>ไอคอนแอป</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>สิทธิ์ของแอป</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>ลายเซ็นและชื่อแอป</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>พื้นที่เก็บข้อมูลของแอป</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>การใช้งานแอป</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>แอป</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>การสำรองข้อมูล</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>ถูกบล็อก</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>เซ็นเซอร์ร่างกาย</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>ปฏิทิน</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>ประวัติการโทร</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>กล้อง</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>อ่านการแจ้งเตือนของคุณได้</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>อ่านการแจ้งเตือนของคุณไม่ได้</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>ใบรับรองที่เพิ่มเข้าไปในโทรศัพท์</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>ล้างแล้ว</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>คอมพิวเตอร์ที่เชื่อถือสำหรับการแก้ไขข้อบกพร่อง USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>รายชื่อติดต่อ</translation>
  </message>
  <message>
   <source>default</source>
   <translation>ค่าเริ่มต้น</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>แอป SMS และแอปโทรศัพท์เริ่มต้น</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>เบราว์เซอร์เริ่มต้น</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>ผู้ดูแลอุปกรณ์</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>การแสดงทับแอปอื่น</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>เข้ารหัสแล้ว</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>เข้ารหัสแล้ว (ระดับไฟล์)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>เข้ารหัสแล้ว (ทั้งดิสก์)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>รายการที่ {number} ในบันทึกเสียหาย ({problem}) โปรดตรวจดูเอง</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>ลายนิ้วมือและใบหน้า</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>ใส่รหัสการจับคู่ (ตัวเลข 6 หลักที่โทรศัพท์แสดง)</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>hardener เปรียบเทียบทุกแอปในโทรศัพท์เครื่องนี้กับรายชื่อแอปสอดแนม (สตอล์กเกอร์แวร์) ที่เปิดเผยต่อสาธารณะ ไม่พบแอปที่ตรงกัน รายชื่อเหล่านี้ไม่ครบถ้วน: ถ้ามีใครดูเหมือนรู้เรื่องที่เขาไม่ควรรู้ โปรดขอความช่วยเหลือเพื่อตรวจสอบเพิ่มเติม</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>hardener อ่านข้อมูลนี้จากโทรศัพท์ไม่ได้ จึงบอกไม่ได้ว่ามีอะไรอยู่ โปรดตรวจสอบในโทรศัพท์ด้วยตัวเอง สิ่งที่ผิดพลาด: {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>hardener บันทึกบันทึกสำหรับเลิกทำไว้ในโทรศัพท์ไม่ได้ จึงไม่ได้เปลี่ยนแปลงอะไร ตรวจดูว่าโทรศัพท์มีพื้นที่ว่างเหลืออยู่ แล้วลองอีกครั้ง</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>hardener ไม่พบอะไรผิดปกติในส่วนที่อ่านได้ แต่อ่านข้อมูลที่ต้องใช้สำหรับเรื่องนี้ได้ไม่ครบ จึงบอกไม่ได้ว่าเรื่องนี้ไม่มีปัญหา โปรดตรวจสอบในโทรศัพท์ด้วยตัวเอง สิ่งที่ขาดไป: {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>hardener พบปัญหาในการตรวจสอบของตัวเอง ({check}) จึงไม่ได้ประเมินส่วนนี้ของโทรศัพท์ โปรดรายงานปัญหานี้ ผลลัพธ์อื่น ๆ ยังใช้ได้</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>hardener ไม่เก็บอะไรอื่นไว้ในคอมพิวเตอร์เครื่องนี้ รายงานที่คุณบันทึกเองอยู่ในที่ที่คุณบันทึกไว้</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>hardener ไม่รู้จักแอปส่งข้อความในโทรศัพท์เครื่องนี้ ถ้าคุณใช้แอปส่งข้อความ ให้เปิดข้อความที่หายไปเองของแอปนั้น</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>hardener ต้องใช้การแก้ไขข้อบกพร่อง USB ในการทำงาน เมื่อทำเสร็จ ให้ปิด: โทรศัพท์ที่เปิดการแก้ไขข้อบกพร่องไว้คัดลอกข้อมูลได้ง่ายกว่า ขั้นตอนสุดท้าย “เสร็จสิ้น” จะปิดให้คุณ</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>ประวัติและข้อมูลที่เก็บไว้ในโทรศัพท์</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>มีสิทธิ์ผู้ดูแลอุปกรณ์</translation>
  </message>
  <message>
   <source>location</source>
   <translation>ตำแหน่ง</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>ตำแหน่งตลอดเวลา</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>ล็อกแน่นหนาจนกว่าจะป้อน PIN</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>macOS ไม่อนุญาตให้ hardener ใช้การเชื่อมต่อ USB ของโทรศัพท์เอง ติดตั้ง Platform-Tools ของ Google เรียกใช้ “adb devices” หนึ่งครั้ง แล้วเลือกโทรศัพท์ “ผ่าน adb ของ Google” ในรายการ</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>ข้อความ</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>ไมโครโฟน</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>อุปกรณ์ที่อยู่ใกล้เคียง</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>ไม่มี (ใครก็เปิดโทรศัพท์ได้)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>ปกติ</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>ไม่อนุญาต</translation>
  </message>
  <message>
   <source>off</source>
   <translation>ปิด</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>เก่าแล้ว: สอบถามเรื่องการอัปเดต</translation>
  </message>
  <message>
   <source>on</source>
   <translation>เปิด</translation>
  </message>
  <message>
   <source>password</source>
   <translation>รหัสผ่าน</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>รูปแบบ (มองเห็นและเดาได้ง่าย)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>หยุดชั่วคราว</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>การโทร</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>รุ่นโทรศัพท์และเวอร์ชัน Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>รูปภาพ</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>รูปภาพและไฟล์</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>อ่านการแจ้งเตือน</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>อ่านหน้าจอ</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>กำลังอ่าน {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>ล่าสุด</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>ล็อกหน้าจอ</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>การบันทึกหน้าจอ</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>การตั้งค่า</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>ข้ามไป เพราะโทรศัพท์รายงานชื่อที่ไม่ปลอดภัย: {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>ปัดอย่างเดียว (ใครก็เปิดโทรศัพท์ได้)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>ปิดอยู่</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>ซิงค์</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>ข้อความ SMS</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>ไม่ทราบ</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>ไม่ทราบ (โทรศัพท์ไม่ได้บอก)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>ใช้ได้</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>สิทธิ์เข้าถึงการใช้งาน</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>ผู้ใช้และโปรไฟล์</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>ใช่</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} ทำงานเหมือนแอปสอดแนม</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} สำรองข้อมูลแชต รูปภาพ และข้อความเสียงทั้งหมดของคุณไปยัง Google ไดรฟ์ได้ hardener มองไม่เห็นว่าแอปทำเช่นนั้นหรือไม่ โปรดตรวจสอบ ใครก็ตามที่เข้าบัญชี Google นั้นได้จะอ่านข้อมูลสำรองได้</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} อาจถูกใช้เพื่อเฝ้าดูคนอื่น</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} คัดลอกรูปภาพและไฟล์ไปยังคลาวด์ได้</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} แสดงทับแอปอื่นได้</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} ติดตั้งแอปอื่นได้</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} อ่านการแจ้งเตือนทั้งหมดของคุณได้</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} อ่านรายชื่อติดต่อของคุณได้</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} อ่านข้อมูลอินเทอร์เน็ตของคุณได้</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} บันทึกหน้าจอของคุณได้โดยไม่ต้องถาม</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} เห็นและควบคุมหน้าจอของคุณได้</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} เห็นได้ว่าคุณใช้แอปไหนและเมื่อไร</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} ใช้ได้: {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>{app} ไม่ได้มาจากสโตร์แอป</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} ได้รับข้อความ SMS ของคุณ</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} จัดการการโทรของคุณ</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>{app} มีสิทธิ์ผู้ดูแลอุปกรณ์</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>{app} ไม่มีไอคอนในรายการแอป</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} เปิดตลอดเวลาและบล็อกการรับส่งข้อมูลที่ไม่ผ่าน VPN</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} เปิดตลอดเวลา แต่ข้อมูลยังออกไปได้โดยไม่ผ่าน VPN</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} เก็บประวัติสิ่งที่คุณแปล</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>ตอนนี้ {app} แทบไม่เก็บอะไรไว้ในโทรศัพท์</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} รู้ว่าคุณอยู่ที่ไหนอย่างแน่นอน</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>{app} อาจคัดลอกแชตของคุณไปยังคลาวด์</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>{app} อาจอัปโหลดรูปภาพหรือไฟล์ของคุณไปยังคลาวด์ของแอป hardener มองไม่เห็นว่าแอปอัปโหลดอะไร โปรดตรวจสอบ ใครก็ตามที่เข้าบัญชีได้จะเห็นสิ่งเหล่านั้น</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} ปลอมตัวเป็นส่วนหนึ่งของ Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} ใส่ตำแหน่งของคุณไว้ในทุกรูป</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} อ่านหน้าจอโดยไม่ปรากฏในรายการ</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; ไม่ (ไม่มีเทอร์มินัลให้ถาม)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>บัญชี {service} {account} คัดลอก{data}ของคุณ</translation>
  </message>
 </context>
</TS>
