<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>%v dari %m perubahan selesai</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Batal</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Perubahan</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>Perubahan dan statusnya</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>Perubahan yang sudah dilakukan sejauh ini</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>Mengubah ponsel…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>Biarkan ponsel tetap tersambung. hardener lebih dulu menulis catatan urungkan di ponsel.</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>Tidak, lewati</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>Pertanyaan: perubahan ini tidak dapat diurungkan</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Status</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>Berhenti mengubah ponsel (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Menghentikan…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>Perubahan ini tidak dapat diurungkan</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>Ya, untuk semua %n aplikasi seperti ini</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>Ya, lakukan</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}: {subject}
Sekarang: {now}. Sesudahnya: {after}.
Ini tidak dapat diurungkan. Lakukan perubahan ini?</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>Memeriksa…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Tidak dapat memeriksa</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Selesai</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>Sudah saya lakukan</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>Sudah saya lakukan: periksa lagi</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>Belum</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>Berhenti memeriksa</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>Perlu dilakukan</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>hardener sudah memeriksa ponsel: langkah ini sudah selesai.</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>hardener sudah memeriksa ponsel: langkah ini belum selesai. Coba lakukan langkahnya lagi.</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>hardener tidak dapat memeriksa hal ini di ponsel. Pastikan Anda sudah melakukannya.</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>hardener membaca ponsel lagi…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>hardener membaca ponsel lagi untuk memeriksa langkah ini</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>Tentang temuan yang dipilih</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>Periksa lagi</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>Pilih satu baris di sebelah kiri untuk membaca penjelasannya.</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>Pilih apa yang akan diubah</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>Pilih situasi Anda dan lihat setiap perubahan sebelum dilakukan</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>Temuan, dikelompokkan, yang paling serius lebih dulu</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Selesai</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>Dari panduan NSWP “Digital Security” (Keamanan Digital), bagian: {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>Seberapa serius</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Matikan Proses debug USB dan selesai</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>Yang ditemukan hardener</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>Yang dilihat hardener di ponsel</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>Yang dapat Anda lakukan</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>Mengapa ini penting</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener menemukan %n hal yang perlu diperbaiki</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>hardener tidak menemukan apa pun yang perlu diperbaiki dari yang dapat diperiksanya</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>hardener tidak menemukan hal mendesak yang perlu diperbaiki</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>%n hal masih perlu dilakukan di ponsel. Hanya Anda yang dapat melakukannya.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>PDF atau halaman web, di tempat yang Anda pilih</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Kembali</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Batal</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>Mengakhiri sambungan ke ponsel</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Selesai</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>Catatan tidak dapat dihapus, jadi Proses debug USB dibiarkan aktif. Kembali dan coba Selesai lagi.</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>Simpan kemungkinan untuk mengurungkan nanti. Orang yang menggeledah ponsel dapat melihat bahwa setelannya telah diubah.</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>Buat ponsel melupakan komputer ini</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>Orang berikutnya: hapus semuanya</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>Di ponsel, buka Setelan, lalu Opsi developer (sering ada di bawah “Sistem”). Jika Anda tidak menemukan Opsi developer, berarti sudah nonaktif: Anda sudah selesai.</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>Menghapus semua hal tentang ponsel ini dari layar dan memori</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Laporan disimpan: {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>Simpan laporan terlebih dahulu</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>Lihat apa yang masih perlu dilakukan</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>Berhenti (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>Matikan Proses debug USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>Nonaktifkan “Gunakan opsi developer”, di bagian atas layar.</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>Mematikan Proses debug USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>Ketuk “Cabut otorisasi proses debug USB”, lalu “Oke”.</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>Ponsel tidak memberi konfirmasi. Matikan di ponsel: ikuti langkah di bawah.</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Laporan tidak dapat disimpan: {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>Catatan urungkan masih ada di ponsel</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Ini memerlukan beberapa detik.</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>Untuk mengurungkan nanti, Anda memerlukan kode urungkan yang diberikan kepada Anda.</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>Untuk mengurungkan nanti, Anda memerlukan kode urungkan ini: %1. Simpan terpisah dari ponsel.</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Proses debug USB nonaktif</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>Proses debug USB mungkin masih aktif</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>Cabut kabel ponsel.</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>Anda dapat mencabut kabel ponsel. Satu langkah terakhir di ponsel:</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>hardener sekarang mematikan Proses debug USB dan Opsi developer di ponsel. Setelah itu sambungan ponsel terputus: itu memang seharusnya.</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Data biometrik seperti sidik jari dan pindaian iris digunakan di paspor dan di perbatasan, yang mengkhawatirkan ketika pekerja seks adalah migran yang dilarang masuk.</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Data dapat dikumpulkan melalui banyak saluran seperti halaman web, aplikasi, sistem mobile banking, dan biometrik tanpa sepengetahuan atau persetujuan aktif pekerja seks, yang menimbulkan risiko yang tidak dapat diterima bagi keselamatan dan privasi pekerja seks.</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Masalah perlindungan data, sensor, pengorganisasian, keselamatan, dan privasi</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Teknologi digital, seperti aplikasi seluler dan praktik pengawasan biometrik, juga dapat digunakan untuk menemukan, menghitung, mengidentifikasi, melacak, menelusuri, dan menghukum pekerja seks;</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Selama masa karantina, terjadi semacam “perburuan” terhadap pekerja seks melalui jejaring [Grindr].</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Algoritma ‘People You May Know’ (Orang yang Mungkin Anda Kenal) milik Facebook diketahui mengumpulkan informasi pengguna dari berbagai platform dan perangkat ke dalam Facebook, sehingga akun pribadi pekerja seks dapat terlihat di layar klien atau anggota keluarga, dan dengan demikian menghilangkan perlindungan keselamatan yang telah dibangun oleh pekerja seks.</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Misalnya, ketika pekerja seks ditangkap, ponsel mereka dapat digunakan untuk mendapatkan informasi yang memberatkan untuk memeras mereka dan meminta suap dari mereka.</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Praktik baik</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Undang-undang yang merugikan yang mengatur ruang digital dan dampaknya terhadap privasi, keselamatan, dan kesejahteraan pekerja seks</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Pendahuluan</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Aparat penegak hukum juga memeriksa ponsel pekerja seks ketika mereka ditangkap, dengan perhatian khusus pada pesan dan riwayat Google Terjemahan mereka.</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Aparat penegak hukum juga memeriksa ponsel pekerja seks ketika mereka ditangkap, dengan perhatian khusus pada pesan dan riwayat Google Terjemahan mereka. Hal ini kemudian digunakan untuk membuktikan bahwa mereka adalah pekerja seks, lalu mereka dijatuhi hukuman dan/atau dideportasi.</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Tinjauan pustaka</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Banyak anggota menyebutkan kejadian data sensitif diperoleh oleh orang-orang yang mencari cara untuk mengeksploitasi dan menyalahgunakan pekerja seks melalui pemerasan dan ancaman.</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Banyak responden juga melaporkan bahwa polisi menyasar situs web, platform media sosial, dan aplikasi kencan untuk mengumpulkan informasi tentang pekerja seks, untuk meminta uang atau seks.</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Memetakan tempat atau lokasi fisik yang sering dikunjungi pekerja seks sangat sensitif dan berpotensi berbahaya.</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Rekomendasi</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Penyedia layanan dan pekerja seks harus menyadari bagaimana platform dan aplikasi online ini dapat menggunakan atau membagikan data yang dikumpulkan kepada pihak ketiga seperti pengiklan, pemegang saham, bahkan pemerintah.</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Beberapa praktik keamanan digital yang dilakukan pekerja seks antara lain penggunaan VPN (virtual private network/jaringan pribadi virtual), memiliki ponsel dan kartu SIM terpisah untuk pekerjaan dan kehidupan pribadi,</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Beberapa praktik keamanan digital yang dilakukan pekerja seks antara lain penggunaan VPN (virtual private network/jaringan pribadi virtual), memiliki ponsel dan kartu SIM terpisah untuk pekerjaan dan kehidupan pribadi, perlindungan dengan sandi, penggunaan enkripsi,</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Kitab Undang-Undang Hukum Acara Pidana (KUHAP) memungkinkan petugas polisi atau pihak ketiga yang ditunjuk untuk memperoleh data apa pun yang dianggap perlu tanpa izin pengadilan.</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Terbongkarnya status pekerja seks seseorang oleh orang lain merupakan ancaman besar. Selalu ada risiko klien menemukan akun pribadi pekerja seks.</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Penggunaan biometrik, penambangan dan pemanenan data, penargetan mikro, pemetaan geografis, dan sebagainya dalam intervensi digital dengan pekerja seks penuh bahaya dan melemahkan efektivitas pemberian layanan.</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Ada kejadian foto atau video pekerja seks dari pertunjukan kamera (cam show) direkam oleh orang-orang yang kemudian menggunakannya untuk memeras mereka.</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Hal ini juga umum terjadi di banyak negara ketika seorang pekerja seks ditangkap, dan polisi menyita ponselnya untuk memperoleh informasi tentang pekerja seks lainnya.</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Hal ini, pada gilirannya, dapat menyebabkan pekerja seks terbongkar identitasnya, di-‘doxing’ (informasi identitas seseorang diungkap secara online), dilecehkan, dikuntit, diperas, atau menghadapi perilaku kasar lainnya yang membahayakan kesejahteraan dan nyawa mereka.</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>pengumpulan data dalam bentuk apa pun dapat mengancam privasi dan keamanan pekerja seks jika jatuh ke tangan yang salah.</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>memilih browser, platform, penyedia email, aplikasi, dan alat komunikasi lain yang menawarkan opsi perlindungan data dan privasi yang lebih baik.</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>banyak pekerja seks lebih suka memiliki identitas online terpisah untuk pekerjaan.</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>data sensitif dapat jatuh ke tangan orang yang ingin menyakiti pekerja seks bahkan ketika data itu dianggap aman.</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>Dokumen</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>Sembunyikan jendela ini sekarang dan hapus semua yang ditampilkannya</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>Keluar cepat (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>Batal</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Selesai</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>Selesai akan mematikan Proses debug USB dan menghapus catatan urungkan. Jika dibiarkan aktif, ini menjadi jalan masuk ke ponsel bagi siapa pun yang memegangnya berikutnya.</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>Tetap keluar</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>Ponsel sedang diubah saat ini. Keluar sekarang dapat membuat perubahan hanya setengah jadi.</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>Proses debug USB masih aktif</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>Proses debug USB masih aktif: selesaikan dulu?</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>&amp;Bantuan</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Bahasa</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>&amp;Orang berikutnya: hapus semuanya</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;Keluar</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>&amp;Sesi</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>&amp;Ukuran teks</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>Teks lebih besar</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>Pemeriksaan dihentikan. Tidak ada yang diubah di ponsel.</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>Cara mengaktifkan &amp;Proses debug USB</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>Besar</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>Lebih besar</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>Terbesar</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>Normal</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>Ponsel: {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Ponsel latihan (bukan ponsel sungguhan)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>Teks lebih kecil</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>Dihentikan. Ponsel tidak tersambung.</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener: periksa dan lindungi ponsel</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>Sudah baik</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Tidak dapat diurungkan</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>Mengubah…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Sudah diperbaiki</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>Mungkin sudah diubah</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Tidak diperbaiki</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>Tidak dikembalikan</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>Dikembalikan</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Dilewati</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>Ponsel tidak menerima perubahan ini. Beberapa ponsel memblokirnya.</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>Ponsel tidak menerima kembali nilai lamanya.</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>Kata ponsel: {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>Ponsel memang sudah disetel seperti ini.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Menunggu</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>Sedang bekerja…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>Anda memilih untuk tidak melakukan perubahan ini.</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>hardener tidak dapat membaca kembali setelan ini, jadi tidak dapat memastikan bahwa perubahannya berhasil.</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>%n sudah baik.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>%n sudah diperbaiki.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>%n tidak diperbaiki: lihat alasannya di bawah.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>%n dilewati.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>PDF atau halaman web, di tempat yang Anda pilih</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Perubahan</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>Periksa ponsel lagi dan lakukan perubahan yang ditolak</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Selesai</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>Selesai, dengan masalah</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>Selesai. Ini tidak dapat diurungkan.</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>Setiap perubahan dan hasilnya</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Selesai</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Kembalikan nilai sebelumnya</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Laporan disimpan: {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>Hasil</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>Simpan laporan</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>Masih perlu dilakukan di ponsel: %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Matikan Proses debug USB dan selesai</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Laporan tidak dapat disimpan: {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Coba lagi</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>Kode urungkan: %1. Anda hanya memerlukannya untuk mengurungkan perubahan ini nanti dari komputer lain. Tuliskan dan simpan terpisah dari ponsel.</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>Urungkan perubahan ini</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>Yang hanya dapat Anda lakukan di ponsel, diperiksa lagi</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Alasan</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Jika tidak ada “Opsi developer”, aktifkan dulu: ikuti “Cara mengaktifkan Proses debug USB” sampai “Opsi developer”. Ponsel dan komputer ini harus berada di jaringan Wi-Fi yang sama.</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>Di layar “Proses debug nirkabel”, alamat di bawah “Alamat IP &amp; Port” adalah alamat untuk menyambung. Port-nya bukan port penyambungan. Ketik alamat itu juga di bawah.</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Buka Setelan dan cari “Opsi developer”. Biasanya ada di bawah “Sistem”. Anda juga dapat mengetik “developer” di kotak penelusuran di bagian atas Setelan.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Buka Setelan. Ketuk “Setelan tambahan” (atau “Setelan sistem”), lalu “Opsi developer”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Buka Setelan. Ketuk “Setelan tambahan”, lalu “Opsi developer”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Buka Setelan. Ketuk “Sistem &amp; pembaruan”, lalu “Opsi developer”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>Buka Setelan. Ketuk “Sistem”, lalu “Opsi developer”.</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>Buka Setelan. “Opsi developer” ada di paling bawah: ketuk.</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>Aktifkan “Proses debug nirkabel”. Ponsel bertanya “Izinkan proses debug nirkabel di jaringan ini?”: ketuk “Izinkan”.</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>Ketuk tulisan “Proses debug nirkabel” (bukan tombol aktif/nonaktifnya) untuk membuka layarnya. Lalu ketuk “Sambungkan perangkat dengan kode penyambungan”.</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>Ponsel menampilkan “Kode penyambungan Wi-Fi” enam digit dan “Alamat IP &amp; Port”. Ketik keduanya di bawah. Biarkan jendela ini tetap terbuka di ponsel sampai hardener mengatakan sudah tersambung.</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>Alamat untuk menyambung (Alamat IP &amp; Port):</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>Alamat untuk menyambung, misalnya 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Kembali</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>Sambungkan lewat Wi-Fi dengan kode penyambungan</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>Untuk ponsel dengan Android 11 atau yang lebih baru, tanpa kabel. Program “adb” dari Google (Platform-Tools) yang melakukan penyambungan. Setelah itu ponsel memercayai kunci program tersebut, yang disimpannya dalam file di folder utama (home) komputer ini (.android/adbkey), bukan kunci milik hardener sendiri. adb dari Google juga menyimpan daftar ponsel yang pernah disambungkan di folder itu (.android/adb_known_hosts.pb): orang yang menggeledah komputer ini dapat melihat bahwa ada ponsel yang pernah disambungkan. hardener tidak menghapusnya.</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>Program “adb” dari Google, versi {version}, akan melakukan penyambungan ({path}).</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>Mencari program “adb” dari Google di komputer ini…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Merek ponsel</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Ponsel lain</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>Sambungkan dengan kode, lalu hubungkan</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>Alamat dan port penyambungan, misalnya 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>Alamat dan port penyambungan:</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>Penyambungan tidak dapat dilakukan dari komputer ini. {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>Ketik dulu tiga hal yang ditampilkan ponsel: alamat penyambungan, kodenya, dan alamat untuk menyambung.</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>Gunakan kabel USB saja</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>Kode penyambungan Wi-Fi, enam digit</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>Kode penyambungan Wi-Fi:</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>hardener tidak dapat menjalankan program “adb” dari Google.</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>Tentang ponsel</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>Setelan tambahan</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>Izinkan</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>Izinkan proses debug ADB dalam mode hanya mengisi daya</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Izinkan proses debug USB?</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>Izinkan proses debug nirkabel di jaringan ini?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Selalu izinkan dari komputer ini</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>Versi Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>Aplikasi</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>Baterai</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>Nomor build</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Batal</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>Hanya mengisi daya</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Tolak</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Opsi developer</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>Nama perangkat</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>Tampilan</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>Transfer file</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>Alamat IP &amp; Port: 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>Versi MIUI / Versi OS</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Model</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>Jaringan &amp; internet</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>Oke</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>Sambungkan perangkat dengan kode QR</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>Sambungkan perangkat dengan kode penyambungan</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>Sambungkan dengan perangkat</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>Gambar layar ponsel</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>Cabut otorisasi proses debug USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>Cabut akses ke proses debug USB dari semua komputer yang sebelumnya telah Anda otorisasi?</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>Keamanan</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>Setelan</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>Informasi perangkat lunak</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>Tetap terjaga</translation>
  </message>
  <message>
   <source>System</source>
   <translation>Sistem</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>Sistem &amp; pembaruan</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>Ketuk: {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>Sidik jari kunci RSA komputer adalah: 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Proses debug USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>Proses debug USB (Setelan keamanan)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>Proses debug USB dimaksudkan untuk tujuan pengembangan saja.</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>Gunakan USB untuk</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>Gunakan opsi developer</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>Gunakan proses debug nirkabel</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Versi</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>Kode penyambungan Wi-Fi: 482915
Alamat IP &amp; Port: 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>Proses debug nirkabel</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>Sekarang Anda adalah seorang developer!</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>Izinkan</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Izinkan proses debug USB?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Selalu izinkan dari komputer ini</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Tolak</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>Di layar ponsel latihan (bukan ponsel sungguhan):</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>Layar ponsel latihan</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>Ponsel latihan: izinkan komputer ini</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>Ponsel latihan: tolak komputer ini</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>Sidik jari kunci RSA komputer adalah:</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>Sebuah profil rusak</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>Program lain sedang menggunakan ponsel</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>Bertanya dulu sebelum menghentikan program adb di komputer ini</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>Kembali ke penyambungan</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>Kembali ke awal</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>Sambungkan lagi</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>Sambungkan melalui program adb yang sedang memegang ponsel, tanpa menghentikannya</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>Detail untuk pendamping</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cara mengaktifkan Proses debug USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>Lebih dari satu ponsel</translation>
  </message>
  <message>
   <source>No</source>
   <translation>Tidak</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>Tidak ada ponsel yang ditemukan</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>Tidak ada tempat yang aman untuk kunci hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>Tidak ada yang menjawab di alamat ini</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>Tidak ada yang diubah</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>Tidak ada yang diubah di ponsel.</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>Penyambungan tidak dapat dilakukan dari komputer ini</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>Beberapa perubahan mungkin sudah dilakukan. Sambungkan lagi: hardener akan menampilkannya dan menawarkan untuk menyelesaikan atau mengurungkannya.</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>Beberapa setelan mungkin belum kembali. Sambungkan lagi untuk menyelesaikan proses urungkan.</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>Terjadi masalah</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>Hentikan program lain…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>Dihentikan</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>Port USB tidak diizinkan</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>Sambungan ke ponsel terputus</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>Keyring terkunci</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>Ponsel tidak menerima penyambungan</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>Ponsel tidak mengizinkan komputer ini</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>Ponsel tidak menjawab</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>Ponsel belum mengizinkan komputer ini</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>Alamat ini tidak dapat digunakan</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>Ini bukan kode penyambungan</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>Ini menghentikan program “adb” di komputer ini. Jika orang lain sedang menggunakannya (misalnya Android Studio), sambungan ponsel mereka akan terputus. Hentikan?</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Coba lagi</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Proses debug USB nonaktif</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>Proses debug USB mungkin masih aktif. Sambungkan lagi dan tekan Selesai, atau matikan di ponsel.</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>Gunakan</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>Ya, hentikan</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>hardener mengalami masalah yang tidak terduga. Tidak ada lagi yang akan dilakukan pada ponsel.</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>Kunci hardener rusak</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>Juga dalam bahasa kedua, berdampingan (misalnya bahasa pelatih)?</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>Hanya dalam bahasa ini</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;Halaman web (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>Simpan laporan</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>Jangan ubah apa pun di ponsel ini</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>Jangan menegur siapa pun tentang hal ini dulu. Menghapus atau mengubah aplikasi itu dapat memberi tahu orang yang memasangnya.</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>Cari bantuan: organisasi pekerja seks, layanan untuk korban kekerasan dalam rumah tangga, atau layanan bantuan keamanan digital dapat membantu Anda memutuskan apa yang harus dilakukan.</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>Lanjutkan, dan ubah juga aplikasi itu</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>Lanjutkan, biarkan aplikasi itu</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>Buat rencana keselamatan dulu: ke mana Anda bisa pergi, dan siapa yang bisa Anda hubungi jika keadaan memburuk.</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>Hanya jika Anda punya rencana keselamatan: orang yang memasangnya mungkin akan menyadarinya</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>Perubahan lain tetap dapat dilakukan; aplikasi itu tidak diubah sama sekali</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>Berhenti dan baca: ditemukan aplikasi yang dapat memata-matai ponsel ini</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>Berhenti di sini</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>Aplikasi itu mungkin dapat melihat apa yang dilakukan di ponsel ini, termasuk perubahan yang dibuat sekarang.</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>Batal</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>Memeriksa ponsel lagi…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>Memeriksa ponsel…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>Berapa banyak bagian ponsel yang sudah dibaca</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>Bagian ponsel yang sudah dibaca</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>Dibaca: {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>Berhenti memeriksa (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Menghentikan…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>hardener membaca setelan ponsel. hardener tidak mengubah apa pun.</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>%n sudah dilakukan.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>%n perubahan tidak dimasukkan karena sebuah nama di ponsel tampak tidak aman.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>%n di antaranya tidak dapat diurungkan: Anda akan ditanya lagi.</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>Sesudah</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>Sudah dilakukan</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>Kembali ke temuan</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>Dapat diurungkan</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Tidak dapat diurungkan</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Perubahan</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>Ubah ponsel seperti yang ada di daftar</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>Perubahan yang akan dilakukan hardener</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>Pilih situasi di sebelah kiri.</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>Pilih situasi yang paling mirip dengan situasi Anda. Anda melihat setiap perubahan sebelum dilakukan.</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>Setiap perubahan, dengan nilai sekarang dan sesudahnya</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>Untuk pendamping: {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>Lakukan perubahan ini</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>Sekarang</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>Situasi</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>Langkah yang Anda lakukan di ponsel</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>Ponsel sudah disetel seperti ini. Tidak ada yang perlu diubah.</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>Pilihan ini tidak mengubah apa pun di ponsel.</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>Urungkan</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>Bagaimana situasi Anda?</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener akan melakukan %n perubahan.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>Ponsel lewat USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>Ponsel lewat Wi-Fi (alamat)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>Alamat ponsel di Wi-Fi, misalnya 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>Periksa dan lindungi ponsel</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>Sambungkan</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>Sambungkan lewat Wi-Fi dengan kode penyambungan ponsel, melalui program adb dari Google</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>Sambungkan ponsel ke komputer ini. hardener memeriksanya, menjelaskan apa yang ditemukan, dan dapat mengubah setelan agar ponsel lebih terlindungi. hardener tidak menyimpan apa pun tentang ponsel di komputer ini.</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>Sambungkan ke ponsel yang dipilih</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cara mengaktifkan Proses debug USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>Cari lagi</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>Cari lagi ponsel lewat USB</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>Belum ada ponsel yang ditemukan. Program “adb” dari Google ada di komputer ini tetapi tidak berjalan: jalankan “adb devices” sekali di foldernya, lalu colokkan ponsel, buka kuncinya, dan aktifkan Proses debug USB. Setelah itu hardener memeriksanya.</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>Belum ada ponsel yang ditemukan. Colokkan ponsel dengan kabel USB, buka kuncinya, dan aktifkan Proses debug USB.</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>Ponsel yang ditemukan lewat USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Ponsel latihan (bukan ponsel sungguhan)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>Ponsel meminta kode penyambungan (Android 11 dan yang lebih baru)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>Ketik dulu alamat ponsel, misalnya 192.168.1.20:5555.</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>Ponsel latihan yang mana</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name} (Wi-Fi, melalui adb dari Google)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name} (melalui adb dari Google)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name}: tidak menjawab (melalui adb dari Google)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name}: komputer ini tidak mengizinkan port USB (melalui adb dari Google)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name}: menunggu “Izinkan” di ponsel (melalui adb dari Google)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name}: {state} (melalui adb dari Google)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>%n hal hanya dapat Anda lakukan sendiri di ponsel. Lakukan satu per satu, lalu tekan “Sudah saya lakukan”: ponsel akan diperiksa lagi.</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Kembali</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Selesai</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>Tidak ada lagi yang perlu dilakukan di ponsel dari yang dapat diperiksa.</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>Masih perlu dilakukan di ponsel</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Matikan Proses debug USB dan selesai</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>%n perubahan tidak dapat diurungkan (misalnya, riwayat aplikasi yang sudah dihapus).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>%n tidak dapat dikembalikan: lihat alasannya di bawah.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>%n nilai sudah kembali seperti semula.</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Kode urungkan terdiri dari 12 huruf dan angka, seperti 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Kembali</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Batal</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Perubahan</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>Perubahan dalam catatan urungkan</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>Periksa ponsel lagi</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>Periksa ponsel; jangan ubah apa pun</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>Hapus catatan</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Selesai</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>Selesaikan atau urungkan perubahan terakhir</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>Lanjutkan tanpa catatan</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>Catatan ini dibuat pada kunjungan sebelumnya dan dikunci dengan kode urungkan. Ketik kodenya untuk melihat dan mengurungkan perubahan tersebut. Tanpa kode, Anda dapat menghapus catatan: perubahan sebelumnya akan tetap ada, dan tidak dapat diurungkan lagi.</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>Pertahankan perubahan</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>Biarkan ponsel tetap tersambung.</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>Pertahankan dan lanjutkan</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>Buka catatan</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>Sebagian diurungkan</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Kembalikan nilai sebelumnya</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>Mengembalikan nilai lama…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Status</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>Berhenti mengurungkan (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Matikan Proses debug USB dan selesai</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>Perubahan sebelumnya tetap ada; perubahan itu tidak dapat diurungkan lagi</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>Perubahan terakhir belum selesai</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>Catatan tidak dapat dihapus: catatan masih ada di ponsel. Coba lagi.</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>Kode ini tidak membuka catatan. Periksa setiap huruf dan angka, lalu coba lagi.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>Ponsel ini menyimpan catatan urungkan</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>Untuk mengubah ponsel ini, buka dulu catatan sebelumnya dengan kodenya, atau hapus catatan itu. Jika ditimpa, jalan untuk kembali akan hilang.</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>Kode urungkan:</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>Urungkan</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>Urungkan perubahan ini?</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>Sudah diurungkan</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Alasan</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener pernah mengubah ponsel ini dan menyimpan catatan urungkan di dalamnya. %n perubahan dapat diurungkan.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener mengembalikan nilai yang dimiliki ponsel sebelumnya. %n perubahan dapat diurungkan.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener sedang mengubah ponsel ini ketika berhenti (mungkin kabelnya tercabut). hardener sudah mencatat setiap nilai yang mungkin telah diubahnya. %n perubahan dapat diurungkan.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>Cari “Nomor build” (kadang ada di dalam “Informasi perangkat lunak” atau “Versi”) lalu ketuk 7 kali dengan cepat. Anda juga dapat mengetik “Nomor build” di kotak penelusuran di bagian atas Setelan.</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Kembali ke Setelan dan cari “Opsi developer”. Biasanya ada di bawah “Sistem”. Anda juga dapat mengetik “developer” di kotak penelusuran di bagian atas Setelan.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Kembali ke Setelan. Ketuk “Setelan tambahan” (atau “Setelan sistem”), lalu “Opsi developer”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Kembali ke Setelan. Ketuk “Setelan tambahan”, lalu “Opsi developer”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Kembali ke Setelan. Ketuk “Sistem &amp; pembaruan”, lalu “Opsi developer”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>Kembali ke Setelan. Ketuk “Sistem”, lalu “Opsi developer”.</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>Kembali ke layar pertama Setelan. “Opsi developer” sekarang ada di paling bawah. Ketuk.</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>Jika Anda juga melihat “Proses debug USB (Setelan keamanan)”, aktifkan juga. Tanpa itu, hardener dapat memeriksa ponsel tetapi tidak dapat mengubah beberapa setelan. Ponsel mungkin meminta Anda login ke akun Mi.</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>Jika Anda melihat “Izinkan proses debug ADB dalam mode hanya mengisi daya”, aktifkan juga.</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>Buka Setelan. Gulir ke paling bawah dan ketuk “Tentang ponsel”.</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>Colokkan ponsel ke komputer ini dengan kabel USB. Buka kunci ponsel. Jika ponsel bertanya sambungan USB ini untuk apa, pilih “Transfer file”.</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>Aktifkan “Proses debug USB”. Ponsel bertanya apakah Anda yakin: ketuk “Oke”.</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>Ketuk “Nomor build” 7 kali dengan cepat. Jika ponsel meminta, masukkan PIN Anda. Setelah itu ponsel mengatakan bahwa Anda sekarang adalah developer.</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>Ketuk “Versi MIUI” 7 kali dengan cepat (di ponsel yang lebih baru namanya “Versi OS”). Jika ponsel meminta, masukkan PIN Anda.</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>Ketuk “Informasi perangkat lunak”.</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>Ketuk “Versi”. Lalu ketuk “Nomor build” 7 kali dengan cepat. Jika ponsel meminta, masukkan PIN Anda.</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>Ponsel bertanya “Izinkan proses debug USB?”. Ketuk “Izinkan”. Jangan centang “Selalu izinkan” kecuali ini komputer Anda sendiri.</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>Kembali</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>Pilih merek ponsel. Lalu lakukan langkah-langkahnya di ponsel, satu per satu.</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cara mengaktifkan Proses debug USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Merek ponsel</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Ponsel lain</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>Batal</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>Sambungkan lagi ke ponsel</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>Menyambungkan ke ponsel…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>Jangan centang “Selalu izinkan dari komputer ini” kecuali ini komputer Anda sendiri. Jika Anda tidak melihat pertanyaannya, cabut kabel lalu colokkan lagi.</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>Berhenti menyambungkan (Esc)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>Ketuk “Izinkan” di ponsel</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>Tidak sengaja mengetuk “Tolak”? Cabut ponsel, colokkan lagi, lalu coba lagi.</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>Ponsel latihan bertanya “Izinkan proses debug USB?”. Jawab di layar ponsel latihan.</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Ini memerlukan beberapa detik.</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Coba lagi</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>Buka kunci ponsel. Ponsel bertanya “Izinkan proses debug USB?”. Ketuk “Izinkan”.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Menunggu</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  (Di sini: setelah aktif, jalankan lagi perintah 'hardener apply' yang sama.)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (Atau biarkan tetap berjalan dan sambungkan lewat server itu: perintah yang sama dengan --adb-server.)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  Hanya dengan kode ini perubahan ini dapat diurungkan nanti, dari komputer mana pun: hardener undo --undo-code CODE.
  'hardener finish' menghapus catatan urungkan dari ponsel kecuali Anda menambahkan --keep-undo.</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>“Nonaktifkan waktu tunggu otorisasi adb” aktif di Opsi developer: komputer yang sekali diizinkan tetap punya akses walaupun tidak dipakai berbulan-bulan. Nonaktifkan, dan cabut otorisasinya setelah hardener selesai.</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>“Sinkronisasi otomatis” aktif: kontak, kalender, dan lainnya terus-menerus disalin ke akun. Salinan itu dapat dibaca tanpa ponsel oleh siapa pun yang tahu sandinya, atau diserahkan ke polisi oleh perusahaannya.</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>“{address}” bukan alamat jaringan yang dapat digunakan hardener. Tulis seperti yang ditampilkan ponsel di bawah Proses debug nirkabel: angka dan port, misalnya 192.168.1.20:5555 (port adalah angka dari 1 sampai 65535).</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>“{code}” bukan kode penyambungan. Kodenya adalah enam digit yang ditampilkan ponsel di bawah “Kode penyambungan Wi-Fi”.</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n aplikasi</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>%n perubahan dapat diurungkan.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>%n entri dalam catatan rusak dan akan dibiarkan.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>berumur %n bulan</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>%n hal yang perlu diperhatikan.</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>'{title}' ({what}) TIDAK DAPAT diurungkan. Lakukan?</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(TIDAK DAPAT diurungkan)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(Tidak ada yang diubah.)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(tidak dapat diurungkan: {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(tidak disetel)</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>1 menit</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>10 menit</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>15 detik</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>2 menit</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>30 menit</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>30 detik</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>5 menit</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>5 detik</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>Aplikasi “pemilik perangkat” (device owner) mengendalikan hampir semua hal di ponsel ini dan dapat melihat banyak hal. Itu hanya wajar pada ponsel kerja dari pemberi kerja. Jika ini ponsel Anda sendiri, carilah bantuan.</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>Hanya PIN, tidak ada yang terbaca di layar kunci, riwayat terjemahan dihapus, dan ponsel dimatikan di perbatasan.</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>Ruang Privasi menyembunyikan aplikasi, tetapi tetap terbuka beberapa saat setelah ponsel terkunci. Setel agar terkunci setiap kali ponsel terkunci.</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>Ponsel rusak atau berniat jahat (Android 12L): nama paket, nama akun, setelan, dan properti yang mencoba shell injection, baris baru, byte NUL, tanda kanan-ke-kiri, nilai yang sangat panjang, dan baris sampah di setiap dump.</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>Aplikasi ID penelepon</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>Sebuah sertifikat ditambahkan ke sertifikat yang dipercaya ponsel. Dengan sertifikat itu, komputer lain dapat membaca lalu lintas internet yang dilindungi aplikasi. Jika bukan Anda yang menambahkannya, simpan bukti dan cari bantuan sebelum menghapusnya.</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>Sebuah pemeriksaan tidak dapat diselesaikan</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>Cadangan di cloud dapat dibaca tanpa ponsel, oleh siapa pun yang tahu sandi akunnya.</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>Aplikasi penyimpanan cloud</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>Komputer yang sudah lama tidak dipakai harus diizinkan lagi.</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>Komputer yang disambungkan dengan ponsel ini dapat mengendalikannya lewat Wi-Fi, tanpa kabel. Jika diaktifkan untuk kunjungan ini, nonaktifkan setelah hardener selesai; jika tidak, orang lain mungkin menggunakannya.</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>Ada salinan di ponsel: {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>Salinan dari apa yang Anda terjemahkan dapat tersimpan di akun Google Anda.</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>Aplikasi kencan</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>Aplikasi admin perangkat dapat mengunci atau menghapus isi ponsel, dan sulit dihapus.</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>Wajah atau jari dapat digunakan untuk membuka ponsel tanpa persetujuan Anda.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>Jari atau wajah dapat dipaksa di perbatasan; PIN di kepala Anda tidak bisa.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>Jari atau wajah dapat dipaksa. Sebelum saat yang berisiko, hapus keduanya di Setelan, lalu Keamanan, atau gunakan “Kunci sekarang” dari menu daya.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>Jari atau wajah dapat dipaksa: seseorang dapat mengarahkan ponsel ke wajah Anda atau menekan jari Anda ke ponsel. PIN tetap ada di kepala Anda. Sebelum saat yang berisiko, gunakan “Kunci sekarang”, atau hapus sidik jari dan wajah.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>Jari atau wajah dapat dipaksa; PIN di kepala Anda tidak bisa. Ponsel yang dimatikan paling sulit dibaca.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Keyboard melihat semua yang Anda ketik, termasuk sandi. Keyboard ini bukan bawaan ponsel. Jika Anda yang memilihnya, pastikan Anda memercayai pembuatnya.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Keyboard melihat semua yang Anda ketik, termasuk sandi. Keyboard ini dipasang dari luar toko aplikasi. Jika bukan Anda yang memilihnya, seseorang mungkin membaca apa yang Anda ketik. Jangan hapus dulu: jika keyboard ini mengawasi, menghapusnya dapat memberi tahu orang yang memasangnya. Simpan bukti dan buat rencana keselamatan dulu.</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>Aplikasi pesan</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>Aplikasi pemantau</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>Ditemukan aplikasi pemantau: {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>Nomor yang dipakai untuk pekerjaan dan kehidupan pribadi menghubungkan keduanya bagi siapa pun yang mencari.</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>Sidik jari atau jam tangan pasangan dapat disetel untuk membuka ponsel Anda.</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>Pola mudah ditebak, mudah dilihat dari balik bahu Anda, dan sering meninggalkan bekas di layar. PIN 6 angka atau lebih, atau sandi, jauh lebih aman.</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>Ponsel yang direbut tepat setelah layarnya gelap mungkin masih dapat dibuka tanpa PIN.</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>Setelan ponsel</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>Ponsel yang diambil saat masih tidak terkunci membuka semuanya.</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>Ponsel yang diambil saat layarnya masih menyala dalam keadaan terbuka: tidak ada yang perlu ditebak. 30 detik lebih aman.</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>Ponsel yang dimatikan dan dikunci dengan PIN paling sulit dibuka.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>Ponsel yang terbuka tanpa PIN memberi polisi setiap chat dengan setiap klien.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>Ponsel yang terbuka tanpa PIN memberi polisi atau pemeras semua isinya.</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>Ponsel yang tetap terjaga saat diisi daya tetap terbuka bagi siapa saja.</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>Ponsel yang dimatikan dan belum dibuka kuncinya sejak itu paling sulit dibaca. Jika Anda memperkirakan akan ada polisi, perbatasan, atau razia, matikan ponsel.</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>Ponsel dengan sekitar 600 aplikasi (Pixel 6a, Android 13): banyak game, toko, dan alat; menguji bahwa beban pemindaian tidak bertambah seiring jumlah aplikasi.</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>Foto yang diunggah di iklan dapat membawa informasi tempat foto itu diambil.</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>Browser privat tidak menyimpan riwayat dan memblokir pelacak; Tor Browser juga menyembunyikan lokasi Anda. Pasang salah satunya, lalu buka Setelan, lalu Aplikasi, lalu Aplikasi default, lalu Aplikasi browser.</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>Penyedia yang Anda pilih</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>Proxy disetel untuk seluruh ponsel: komputer lain dapat melihat, dan mengubah, apa yang dikirim dan diterima ponsel. Jika bukan Anda yang menyetelnya, seseorang mungkin sedang mengawasi penggunaan internet Anda.</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>Bukti membantu layanan pendukung, dan nanti juga pengaduan, jika Anda memilih untuk membuatnya.</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>Kunci layar sudah disetel</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>Profil kedua memisahkan aplikasi, tetapi berada di ponsel yang sama: siapa pun yang membuka ponsel mungkin juga dapat membukanya, dan profil kerja dijalankan oleh siapa pun yang mengelolanya. Ketahui apa isi masing-masing.</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>Sebuah aplikasi keamanan dinonaktifkan: {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>Identitas kerja yang terpisah</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>Sebuah setelan di ponsel ini perlu diperhatikan</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>Sebuah setelan telah diubah</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>Organisasi pekerja seks, layanan untuk korban kekerasan dalam rumah tangga, atau layanan bantuan keamanan digital dapat membantu Anda memeriksa ponsel dan memutuskan apa yang harus dilakukan. Tetap gunakan ponsel seperti biasa sampai Anda punya rencana.</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>Aplikasi media sosial</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>Aplikasi mata-mata</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>Aplikasi mata-mata menunjukkan pesan, panggilan, dan lokasi Anda kepada orang lain.</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>Ditemukan aplikasi mata-mata: {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>Aplikasi penerjemah</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>Profil kerja dikelola oleh {app}</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>Akses aksesibilitas memungkinkan aplikasi membaca semua yang ada di layar, melihat apa yang Anda ketik, dan mengetuk untuk Anda. Aplikasi mata-mata menggunakannya. Berikan hanya untuk aplikasi yang Anda pilih, seperti pembaca layar.</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>Aplikasi aksesibilitas: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>Akun</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>Akun menyalin data dari ponsel secara otomatis</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>Akun di ponsel ini: {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>Akun: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>Perlindungan Lanjutan hadir sejak Android 16. Di ponsel ini, PIN yang kuat, “Kunci sekarang”, dan mematikan ponsel adalah yang paling berguna.</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>Perlindungan Lanjutan nonaktif</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>Perlindungan Lanjutan aktif</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>Perlindungan Lanjutan: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>Aplikasi iklan dan kencan saat polisi sedang mencari</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>Setelah 5 menit</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>Setelah dimulai ulang</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>Setelah layar gelap, siapa pun yang mengambil ponsel dalam waktu itu dapat membukanya tanpa PIN Anda. Kunci langsung, atau paling lama setelah 5 detik.</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>Sudah baik</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>Sudah disetel dengan aman, dan dibiarkan seperti semula: {count}.</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>Sebuah aplikasi</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>Sebuah aplikasi (nama tidak terbaca)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>Aplikasi yang diizinkan merekam layar tanpa bertanya dapat menyalin pertunjukan dan chat Anda.</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>Toko aplikasi</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>Aplikasi yang tampil di atas aplikasi lain dapat menampilkan layar palsu untuk mencuri PIN Anda.</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>Aplikasi yang membaca notifikasi melihat setiap pratinjau pesan.</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>Aplikasi yang membaca kontak Anda dapat menghubungkan profil kerja Anda dengan orang yang Anda kenal.</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>Aplikasi dengan akses aksesibilitas dapat membaca layar Anda dan bertindak sebagai Anda.</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>Aplikasi dengan akses kamera atau mikrofon dapat merekam Anda dan pertunjukan Anda.</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>Lokasi yang tepat menunjukkan tempat Anda tinggal dan bekerja; lokasi perkiraan sudah cukup untuk bertemu di sekitar.</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>Petugas yang memegang ponsel yang terkunci dapat membaca pesan yang muncul di layarnya.</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>Ponsel penjangkauan dengan data survei atau klien</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Kode urungkan terdiri dari 12 huruf dan angka, seperti 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>Android 16 dapat memblokir aplikasi dari luar toko, jaringan 2G lama, dan sambungan USB baru saat ponsel terkunci. Ini membuat ponsel yang diambil lebih sulit dibaca, dengan beberapa batasan pada aplikasi.</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>Pencadangan Android menyalin data aplikasi dan setelan, dan dengan Google sering juga SMS dan riwayat panggilan, ke akun Anda. Siapa pun yang tahu sandinya, atau perusahaannya jika diminta polisi, dapat membacanya tanpa ponsel.</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>Pencadangan Android nonaktif</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>Pencadangan Android ke cloud</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Android menjalankan aplikasi ini sebagai layanan aksesibilitas, yang memungkinkannya membaca semua yang ada di layar, tetapi aplikasi ini tidak ada di daftar aplikasi aksesibilitas di Setelan. Jangan hapus dulu: jika aplikasi ini mengawasi, menghapusnya dapat memberi tahu orang yang memasangnya. Simpan bukti dan buat rencana keselamatan dulu.</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android:</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>Program lain di komputer ini (server “adb” dari Google, proses {pid}) sedang menggunakan ponsel. hardener dapat bekerja melaluinya: ponsel mungkin lalu bertanya “Izinkan proses debug USB?” sekali lagi, untuk program itu. Atau hardener dapat menghentikannya jika Anda setuju, atau Anda dapat menutup program itu sendiri.</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>Sesi lain sedang mengubah ponsel ini sekarang. Tunggu sampai selesai, lalu coba lagi. (Jika tidak ada sesi lain yang berjalan, coba lagi dalam {minutes} menit.)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>Siapa pun yang memegang ponsel yang terkunci dapat membaca pesan yang muncul di layarnya.</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>Siapa pun yang mengambil ponsel ini dapat membukanya dan membaca semuanya: pesan, foto, kontak, dan riwayat terjemahan. Setel PIN 6 angka atau lebih, atau sandi.</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>Izin aplikasi: tidak dapat dibaca</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>Terapkan %n perubahan?</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>Aplikasi dan izin</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>Aplikasi seperti ini mengunggah kontak Anda dan menggunakannya untuk menyarankan “orang yang mungkin Anda kenal”. Klien, rekan, atau keluarga lalu dapat diperlihatkan profil Anda, atau Anda diperlihatkan profil mereka. Itu dapat membongkar identitas Anda.</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>Aplikasi yang menyamar sebagai Android: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>Aplikasi yang berperilaku seperti aplikasi mata-mata: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>Aplikasi yang dapat menginstal aplikasi: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>Aplikasi yang tampil di atas aplikasi lain: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>Aplikasi yang membaca kontak Anda dapat menampilkan profil Anda kepada klien atau keluarga.</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>Aplikasi tanpa ikon: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>Aplikasi yang Anda izinkan dapat mengetahui di mana Anda berada. Nonaktifkan lokasi saat Anda pergi bekerja atau ke tempat yang tidak boleh diketahui orang lain, dan aktifkan lagi saat Anda memerlukan peta.</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>Aplikasi: {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>Minta operator seluler Anda memblokir kartu SIM dan memberi Anda kartu baru. Biasanya Anda dapat tetap memakai nomor Anda.</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>Anggap semua isinya sudah disalin</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>Di perbatasan: matikan ponsel</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>Di akhir, biarkan hardener menyelesaikan sesi, atau buka Setelan, lalu Sistem, lalu Opsi developer, dan nonaktifkan tombol paling atas.</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>Di akhir: cabut otorisasi proses debug USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>Di akhir: nonaktifkan proses debug nirkabel</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>Otomatis</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>Sinkronisasi otomatis tidak punya akun tujuan penyalinan</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>Sinkronisasi otomatis nonaktif</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>Sinkronisasi otomatis: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>Pencadangan: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>Sebelum kemungkinan penangkapan atau razia</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>Sebelum penggeledahan: matikan, atau gunakan Kunci sekarang</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>Sebelum Anda mengubah apa pun, simpan bukti: foto layar ini dengan ponsel lain, atau simpan laporan ini di perangkat yang hanya Anda gunakan. Ini dapat membantu nanti bersama organisasi pendukung atau pengacara, apa pun keputusan Anda.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>Ponsel uji kinerja: Pixel 6a dengan Android 13 dan sekitar 1000 aplikasi.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>Ponsel uji kinerja: Pixel 6a dengan Android 13 dan sekitar 300 aplikasi.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>Ponsel uji kinerja: Pixel 6a dengan Android 13 dan sekitar 50 aplikasi.</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>Selain komputer ini, ponsel memercayai komputer lain untuk proses debug USB (jumlah: {others}). Siapa pun yang memiliki salah satunya dapat mencolokkan ponsel saat tidak terkunci lalu menyalin file, menginstal aplikasi, atau melihat layar. Cabut otorisasinya setelah hardener selesai.</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>Pemindaian Bluetooth saat Bluetooth nonaktif</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>Petugas perbatasan dapat menggeledah ponsel yang terbuka tanpa PIN.</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>Telepon atau kirim pesan untuk meminta bantuan dari ponsel atau komputer yang belum pernah disentuh oleh orang yang mengawasi. Ponsel yang diawasi dapat menunjukkan kepada mereka siapa yang Anda hubungi.</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>Kamera, mikrofon, perekaman layar, dan aksesibilitas: hanya untuk aplikasi yang Anda pilih.</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>Sertifikat yang ditambahkan ke ponsel: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>Ganti sandi Anda</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>Isi daya ponsel sampai penuh dan biarkan tetap tercolok. Buka Setelan, lalu Keamanan, lalu Enkripsi ponsel. Ini bisa memakan waktu satu jam. Setel PIN atau sandi terlebih dahulu.</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>Chat dan foto yang dicadangkan ke cloud dapat dibaca tanpa ponsel.</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>Periksa pencadangan Google Foto</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>Periksa Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>Periksa cadangan WhatsApp dan foto</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>Periksa cadangan chat WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>Periksa Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>Periksa aplikasi dari luar toko aplikasi</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>Periksa aplikasi yang tidak berasal dari toko aplikasi</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>Periksa aplikasi yang tampil di atas aplikasi lain</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>Periksa aplikasi dengan akses penggunaan</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>Periksa aplikasi admin perangkat</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>Periksa buka kunci dengan sidik jari dan wajah</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>Periksa sidik jari, wajah, dan Smart Lock saat keadaan aman</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>Hanya periksa</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>Hanya periksa, lalu bicarakan dengan orang yang Anda percaya</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>Pastikan aplikasi ini memang memerlukan izin ini. Anda dapat mencabut izin mana pun; aplikasi akan meminta lagi jika benar-benar memerlukannya.</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>Periksa akun</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>Periksa apa yang dicadangkan</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>Periksa apa yang diunggah aplikasi ini</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>Periksa apa yang dicadangkan aplikasi Anda ke cloud</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>Periksa aplikasi mana yang boleh merekam layar Anda</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>Periksa browser mana yang membuka link Anda, dan pilih yang menyimpan lebih sedikit tentang Anda.</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>Periksa keyboard yang Anda gunakan</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>Periksa siapa yang dapat menemukan Anda lewat nomor Anda</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>Periksa sidik jari, wajah, atau perangkat tepercaya siapa yang dapat membuka ponsel</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>Periksa aplikasi default Anda</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>Pilih browser yang menyimpan lebih sedikit tentang Anda</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>Pilih apa yang disinkronkan ke cloud</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>Pilih apa yang disalin oleh akun ini</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>Hapus riwayat di dalam aplikasi penerjemah</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>Hapus riwayat di aplikasi</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>Hapus riwayat terjemahan</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>Hapus riwayat terjemahan sebelum bepergian</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>Akun cloud, sinkronisasi, dan pencadangan</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>Aplikasi cloud: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>Komputer yang diizinkan untuk proses debug USB tetap diizinkan selamanya</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>Komputer yang dipercaya untuk proses debug USB: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>Komputer yang dipercaya untuk proses debug USB: {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>Sambungkan dengan: {command}   (Ctrl-C untuk menghentikan)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>Kontak dan foto di cloud dapat dibaca tanpa ponsel.</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>Tidak dapat diperiksa</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>Tidak dapat diperiksa ({count}):</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Tidak dapat memeriksa</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>Tidak dapat menjangkau keyring, jadi kunci (jika ada) tidak dihapus: {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>Melintasi perbatasan atau bepergian</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>Aplikasi kencan dan iklan dijauhkan dari kontak dan lokasi tepat Anda, nomor terpisah, dan pesan tidak tampil di layar kunci.</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>Aplikasi kencan dan lokasi: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>Tangani aplikasi mata-mata hanya setelah ada rencana keselamatan</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>Tangani aplikasi mata-mata dengan hati-hati</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>Aplikasi SMS dan telepon default: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>Browser default: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>Hapus riwayat Terjemahan di akun Google Anda</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>Hapus frasa yang disimpan</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>Hapus riwayat terjemahan di akun Google Anda</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>Hapus riwayat terjemahan yang disimpan di akun Google Anda</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>Hapus riwayat terjemahan yang disimpan di akun Anda</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Opsi developer</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>Aplikasi admin perangkat: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>Hak admin perangkat memungkinkan aplikasi mengunci ponsel, menghapus isinya, atau mencegah Anda menghapus aplikasi itu. Berikan hanya untuk aplikasi yang Anda kenal, seperti Temukan Perangkat Saya atau aplikasi kerja.</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>Apakah Anda mengenal aplikasi ini?</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>Apakah Anda tahu mengapa aplikasi ini ada di sini?</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>Selesai: {changed} diubah, {already} sudah baik, {not_applied} tidak diterapkan, {skipped} dilewati, {failed} gagal ({round_trips} kali bolak-balik ke ponsel).</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>Setiap akun yang login di ponsel membuka email, foto, dan chat-nya untuk digeledah.</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>Setiap kali aplikasi meminta izin merekam atau mentransmisikan layar Anda, baca aplikasi mana itu. Mencentang “Jangan tampilkan lagi” membuatnya bisa merekam nanti tanpa bertanya.</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>Enkripsi ponsel</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>Enkripsi:</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>Enkripsi: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>Hapus catatan urungkan di ponsel? Setelah itu perubahan tidak dapat diurungkan lagi.</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>Walaupun Wi-Fi dan Bluetooth nonaktif, ponsel tetap mencari jaringan dan perangkat di sekitar. Itu memberi tahu aplikasi dan Google di mana Anda berada, juga di dalam ruangan. Sedikit orang yang memerlukannya.</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>Setiap layanan aksesibilitas yang dijalankan Android ada di daftar di Setelan.</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>Setiap aplikasi yang diinstal dari luar toko memiliki ikon</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>Setiap aplikasi dengan nama yang dikhususkan Android untuk dirinya sendiri adalah bawaan ponsel.</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>Setiap aplikasi yang Anda instal berasal dari toko aplikasi</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>Semua yang tersimpan di dalam aplikasi juga ikut terhapus: bahasa offline yang Anda download, frasa yang disimpan, setelan, dan login. Anda dapat mendownload bahasa lagi nanti.</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>Semua yang ada di ponsel ini berada di satu tempat. Jika pekerjaan dan kehidupan pribadi berbagi ponsel ini, pisahkan keduanya dengan nomor dan akun yang berbeda.</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>Buka dengan Wajah sudah disiapkan</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>Cari tahu sebelum bepergian apa yang boleh diminta petugas di perbatasan ini menurut hukum. Organisasi pekerja seks atau kelompok hak migran dapat memberi tahu Anda.</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>Buka kunci dengan sidik jari dan wajah sudah disiapkan</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>Buka kunci dengan sidik jari dan wajah: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>Buka kunci dengan sidik jari sudah disiapkan</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Sudah diperbaiki</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>Untuk kunjungan pertama, atau ponsel yang mungkin sedang diawasi seseorang: lihat dulu sebelum mengubah apa pun.</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>Untuk ponsel tim yang menyimpan data orang lain: kunci dengan ketat dan jauhkan data itu dari cloud.</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>Untuk siapa saja yang melintasi perbatasan atau bepergian untuk bekerja, terutama migran yang statusnya bisa dipertanyakan.</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>Untuk siapa saja yang bisa ditangkap, terkena razia, atau digeledah polisi, dengan ponsel yang diambil.</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>Untuk siapa saja yang melakukan pertunjukan webcam atau membuat konten di ponsel ini.</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>Untuk siapa saja yang mencari klien di aplikasi kencan, media sosial, atau situs iklan yang juga diawasi polisi.</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>Untuk siapa saja yang memisahkan pekerjaan seks dari keluarga, teman, dan pekerjaan siang hari.</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>Untuk siapa saja yang ponselnya mungkin dibaca oleh pasangan, mantan pasangan, atau klien, atau isinya digunakan untuk melawan mereka.</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>Untuk migran dan siapa saja yang berbicara dengan klien atau petugas melalui aplikasi penerjemah.</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>Untuk petugas penjangkauan dan organisasi yang ponselnya menyimpan data orang lain.</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>Untuk orang yang memakai aplikasi penerjemah setiap hari: jaga agar riwayatnya singkat dan jauh dari cloud.</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>Ditemukan: %n masalah yang perlu diperbaiki.</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>Dari ponsel atau komputer lain, ganti sandi akun email, pesan, media sosial, dan cloud Anda.</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>Minta bantuan dari orang yang paham</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>Berikan aplikasi kencan hanya lokasi perkiraan</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>Tinjau hasilnya</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>Perlu diketahui</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>Bagus. PIN 6 angka atau lebih, atau sandi, paling baik melindungi ponsel. PIN pendek seperti 1234 atau tanggal lahir mudah ditebak: ganti jika PIN Anda seperti itu.</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>Bagus. Komputer tidak dapat mengambil alih ponsel ini melalui kabelnya.</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>Bagus. Ponsel yang direbut tepat setelah layarnya gelap sudah memerlukan PIN Anda.</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>Bagus. Android mengenkripsi nama situs yang Anda gunakan di mana pun jaringan mengizinkannya.</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>Bagus. Sekarang aplikasi tidak dapat mengetahui lokasi Anda dari lokasi ponsel.</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>Bagus. Jauh dari tempat tepercaya, orang yang mengetahui PIN Anda tetap tidak dapat mengubahnya atau menonaktifkan perlindungan tanpa sidik jari atau wajah Anda.</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>Bagus. Google Play memeriksa aplikasi di ponsel ini untuk mencari aplikasi berbahaya yang sudah dikenal.</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Bagus. Tekan lama tombol daya dan ketuk “Kunci sekarang” saat ponsel mungkin akan diambil.</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>Bagus. Tidak ada layanan aksesibilitas yang aktif.</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>Bagus. Tidak ada aplikasi yang dapat mengunci atau menghapus isi ponsel, atau mencegah Anda menghapusnya.</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>Bagus. Tidak ada aplikasi yang diberi akses ke semua notifikasi Anda.</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>Bagus. Tidak ada aplikasi di ponsel ini yang diinstal dari file atau oleh aplikasi lain.</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>Bagus. Tidak ada aplikasi yang Anda instal yang dapat menggunakan lokasi, mikrofon, kamera, pesan, panggilan, atau kontak.</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>Bagus. Tidak ada aplikasi yang Anda instal yang memiliki akses ini.</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>Bagus. Tidak ada aplikasi kencan di ponsel ini yang mengetahui lokasi tepat Anda.</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>Bagus. Tidak ada aplikasi lain di ponsel ini yang boleh memasang aplikasi baru.</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>Bagus. Tidak ada yang keluar dari ponsel di luar VPN, bahkan saat tersambung ulang.</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>Bagus. Hanya PIN atau sandi Anda yang dapat membuka ponsel, dan tidak ada yang dapat memaksakan jari atau wajah untuk membukanya.</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>Bagus. Foto yang diambil dengan kamera ponsel tidak membawa lokasi Anda.</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>Bagus. Orang yang memegang ponsel yang terkunci tidak dapat membaca pesan Anda.</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>Bagus. Nama situs dan aplikasi yang Anda gunakan dienkripsi di setiap jaringan.</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>Bagus. Ponsel tidak tetap terbuka dengan sendirinya di tempat tertentu atau di dekat perangkat tertentu.</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>Bagus. Ponsel memiliki perbaikan keamanan musim ini, yang membuatnya lebih sulit dibobol.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>Bagus. Ponsel mengunci sendiri bahkan saat sedang dicolokkan.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>Bagus. Ponsel segera mengunci sendiri saat Anda meletakkannya.</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>Bagus. Ponsel menolak aplikasi dari luar toko, jaringan lama, dan sambungan USB baru saat terkunci.</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>Bagus. Aplikasi media sosial, kencan, dan ID penelepon di ponsel ini tidak dapat membaca daftar kontak Anda.</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>Bagus. Data ini tetap di ponsel.</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>Bagus. Browser ini menyimpan lebih sedikit tentang apa yang Anda lihat.</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>Bagus. Saat ponsel terkunci atau mati, isinya tidak dapat dibaca tanpa PIN atau sandi Anda. Enkripsi hanya sekuat PIN atau sandi itu.</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>Bagus. Dengan Wi-Fi dan Bluetooth nonaktif, ponsel tidak terus mencari tempat di sekitar.</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8 dengan Android 14, disiapkan dengan cermat: kunci PIN, isi notifikasi disembunyikan di layar kunci, satu akun Google, pencadangan aktif. Sedikit temuan.</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9 dengan Android 15 dan profil kerja (pengguna 10) yang dikelola pemberi kerja; kunci PIN, Buka dengan Wajah, Smart Lock aktif.</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>Google Terjemahan tidak ada di ponsel ini</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>Perlindungan pencurian dari Google mungkin masih ditawarkan di ponsel ini. hardener tidak dapat melihat apakah fitur ini aktif: periksa di Setelan.</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>Disembunyikan</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>Sembunyikan pesan di layar kunci</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>Sembunyikan isi pesan di layar kunci</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>Tekan lama tombol daya (di beberapa ponsel: tombol daya dan tombol volume atas bersamaan), lalu ketuk “Kunci sekarang”. Setelah itu ponsel memerlukan PIN Anda: sidik jari, wajah, dan Smart Lock tidak berfungsi sampai Anda memasukkannya. Di ponsel tanpa “Kunci sekarang”, matikan saja ponselnya.</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>Tekan lama tombol daya, lalu ketuk “Kunci sekarang”. Setelah itu ponsel memerlukan PIN Anda: sidik jari, wajah, dan Smart Lock tidak berfungsi sampai Anda memasukkannya.</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>Cara mengurungkan</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>Pemeriksaan Identitas aktif</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>Pemeriksaan Identitas tidak terlihat aktif</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>Pemeriksaan Identitas: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>Jika ponsel mungkin segera diambil atau digeledah</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>Jika ponsel diambil atau hilang</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>Jika ponsel ini diambil, data orang lain ikut terbuka, bukan hanya data Anda.</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>Jika Anda yang menginstalnya, buka setelannya dan periksa siapa yang dapat melihat lokasi, rekaman, atau layar Anda. Jika bukan Anda yang menginstalnya, simpan bukti dan cari bantuan.</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>Jika Anda menggunakan Google Terjemahan di web atau di perangkat lain saat login, akun Google Anda mungkin tetap menyimpan terjemahan Anda.</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>Segera</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>Penting</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>Di Google Terjemahan, buka Tersimpan (bintang) dan hapus frasa yang tidak ingin Anda simpan: frasa itu disimpan di akun Anda.</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>Di LINE, gunakan Letter Sealing dan hapus chat yang tidak Anda perlukan: buka chat, lalu menu, lalu Setelan, lalu Hapus riwayat chat.</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>Di Messenger, buka chat, ketuk namanya, lalu Pesan sementara (atau Mode menghilang).</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Di Signal, buka Setelan, lalu Privasi, lalu Timer default untuk chat baru, dan pilih waktunya. Untuk chat yang sudah ada: buka chat, ketuk namanya, lalu Pesan menghilang.</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>Di Telegram, buka Pengaturan, lalu Privasi dan Keamanan, lalu Hapus Pesan Otomatis, dan pilih waktunya. Chat biasa juga disimpan di server Telegram: gunakan Obrolan Rahasia untuk klien.</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>Di Viber, buka chat, ketuk namanya, lalu Pesan menghilang, dan pilih waktunya.</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Di WhatsApp Business, buka Setelan, lalu Privasi, lalu Timer pesan default, dan pilih 24 jam atau 7 hari. Untuk chat yang sudah ada: buka chat, ketuk namanya, lalu Pesan sementara.</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Di WhatsApp, buka Setelan, lalu Privasi, lalu Timer pesan default, dan pilih 24 jam atau 7 hari. Untuk chat yang sudah ada: buka chat, ketuk namanya, lalu Pesan sementara.</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>Di WhatsApp: Setelan, Chat, Cadangan chat: pilih ‘Tidak pernah’ atau lindungi cadangan dengan enkripsi end-to-end. Di Google Foto: foto profil Anda, Setelan Foto, Pencadangan.</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>Di chat Instagram, geser ke atas untuk mengaktifkan mode menghilang. Pesan yang sudah Anda kirim tetap ada: hapus pesan yang tidak ingin ditemukan.</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>Di setelan keamanan setiap akun, logout dari semua perangkat lain, agar ponsel yang diambil kehilangan akses.</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>Di setiap aplikasi yang menyimpan chat atau foto, buka setelannya dan cari Cadangan. Jika akun tujuan salinannya tidak aman, nonaktifkan pencadangan atau lindungi, dan hapus cadangan lama di sana.</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>Di setiap aplikasi kencan dan pesan, buka Privasi dan nonaktifkan ‘Temukan saya lewat nomor telepon’ dan pengunggahan kontak.</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>Di beberapa tempat, menghapus isi ponsel dari jarak jauh dapat digunakan untuk memberatkan Anda. Minta saran dulu jika bisa.</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram: gunakan mode menghilang</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>Instal VPN yang Anda percaya dan login. Lalu buka Setelan, lalu Jaringan (atau Koneksi), lalu VPN, ketuk ikon roda gigi di sebelahnya, dan aktifkan “VPN selalu aktif” dan “Blokir koneksi tanpa VPN”.</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>Instal update keamanan</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>Simpan bukti dulu</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>Simpan bukti tentang apa yang ditemukan</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>Simpan bukti di tempat yang tidak dapat dijangkau orang yang mengawasi</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>Simpan lebih sedikit di ponsel</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>Pisahkan akun kerja dan akun pribadi</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>Pisahkan pekerjaan dan kehidupan pribadi dengan nomor yang berbeda</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>Pisahkan kontak dan akun kerja dari kehidupan pribadi, agar aplikasi tidak dapat menghubungkan keduanya.</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>Jauhkan foto dan kontak kerja dari cloud</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>Jauhkan kontak Anda dari aplikasi kencan dan media sosial</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>Jangan sertakan lokasi Anda di foto</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>Keyboard: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>Ketahui apa yang harus dikatakan jika diminta membuka kunci</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>Mengetahui apa yang ditampilkan ponsel adalah langkah pertama.</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE: hapus chat lama</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>Langkah terakhir, di ponsel: {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>Biarkan layar mati saat mengisi daya</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>Link terbuka di browser mana pun yang dipilih ponsel. Pilih yang menyimpan lebih sedikit tentang Anda.</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>Lokasi</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>Lokasi nonaktif</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>Lokasi aktif</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>Lokasi: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>Kunci setelah layar mati: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>Kunci Ruang Privasi bersama ponsel</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>Kunci ponsel segera setelah layar mati</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>Kunci ponsel sekarang juga (Kunci sekarang)</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>Kunci layar setelah 30 detik atau lebih cepat</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>Tombol “Kunci sekarang” di menu daya</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>Tombol “Kunci sekarang”: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>“Kunci sekarang” hadir sejak Android 9. Di ponsel ini, matikan ponsel saat mungkin akan diambil: setelah dimulai ulang, hanya PIN atau sandi Anda yang dapat membukanya.</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>“Kunci sekarang” adalah cara cepat agar ponsel memerlukan PIN Anda: fitur ini menonaktifkan sidik jari, wajah, Smart Lock, dan pesan di layar kunci. Di ponsel ini fitur ini harus diaktifkan.</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>“Kunci sekarang” ada di menu daya</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>“Kunci sekarang” tidak ada di menu daya</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>“Kunci sekarang” membuat ponsel meminta PIN: jari atau wajah tidak dapat membukanya.</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>“Kunci sekarang” membuat ponsel meminta PIN Anda, dan tidak ada yang menunjukkan bahwa fitur ini ada sampai digunakan.</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>“Kunci sekarang” mungkin tersembunyi dari menu daya</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>“Kunci sekarang” memerlukan kunci layar</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>“Kunci sekarang”: hanya PIN yang membuka ponsel</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>Lihat sertifikat yang ditambahkan ke ponsel</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>Lihat ponsel dan jelaskan apa yang ditemukan. Tidak ada yang diubah.</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>Lihat dulu dan jangan ubah apa pun; tangani aplikasi mata-mata hanya setelah ada rencana keselamatan; lalu hanya perubahan yang tidak dapat disadari oleh orang yang mengawasi.</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>Lihat dulu, jangan ubah apa pun dulu</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>Buat rencana keselamatan sebelum menghapus aplikasi mata-mata</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>Buat rencana keselamatan sebelum Anda menghapus apa pun</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>Buat pesan menghilang di setiap aplikasi pesan</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>Buat ponsel melupakan komputer</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>Buat layar lebih cepat mati</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>Mungkin telah diubah: sesi berhenti sebelum perubahan ini dapat diperiksa</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>Isi pesan di layar kunci</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>Pesan</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>Pesan dapat dibaca di ponsel yang terkunci</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>Pesan dari klien, pemesanan, dan kode tampil di layar kunci. Siapa pun yang memegang ponsel (polisi, pasangan, klien) dapat membacanya tanpa PIN Anda.</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>Pesan di layar kunci: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>Pesan yang akan dibaca polisi lebih dulu: {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>Pesan, foto, kontak, dan riwayat aplikasi mungkin sudah dibaca atau disalin, meskipun ponsel dikembalikan.</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger: gunakan pesan sementara</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>Aplikasi pesan: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Model</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>Lebih dari satu ponsel tercolok ({serials}). Cabut yang lain, atau pilih salah satu.</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Motorola One Vision dengan Android 10: kunci sandi, pencadangan dinonaktifkan, sinkronisasi otomatis nonaktif, aplikasi kencan lama, VPN, dan keyboard yang diinstal dari file.</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>TIDAK dienkripsi</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>Tidak pernah</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>Jangan pernah centang “Jangan tampilkan lagi” saat aplikasi meminta izin merekam layar</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>Berikutnya, sambungkan: berikan --connect dengan alamat di bawah 'Alamat IP &amp; Port' di layar Proses debug nirkabel ponsel (atau jalankan 'adb connect HOST:PORT'), lalu gunakan --adb-server --serial HOST:PORT.</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>Tidak ada VPN yang disetel untuk selalu aktif</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>Tidak ada layanan aksesibilitas yang berjalan diam-diam</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>Tidak ada akun yang menyalin kontak, kalender, foto, atau pesan</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>Tidak ada akun yang menyalin data dari ponsel ini ke internet.</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>Tidak ada akun di ponsel ini</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>Tidak ada aplikasi yang berperilaku seperti aplikasi mata-mata</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>Tidak ada aplikasi yang dapat melihat dan mengendalikan layar Anda</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>Tidak ada aplikasi dari daftar hardener untuk pencadangan foto, file, dan chat ke cloud di ponsel ini.</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>Tidak ada aplikasi yang memiliki hak admin perangkat</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>Tidak ada aplikasi yang diinstal secara manual yang bersembunyi dari daftar aplikasi.</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>Tidak ada aplikasi yang diinstal dari luar toko yang tersembunyi dari daftar aplikasi sambil membaca layar, notifikasi, atau memegang hak admin perangkat.</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>Tidak ada aplikasi di ponsel ini yang tampak seperti aplikasi penerjemah. Riwayat terjemahan di browser web tidak diperiksa.</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>Tidak ada aplikasi yang menyamar sebagai bagian dari Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>Tidak ada aplikasi yang membaca notifikasi Anda</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>Tidak ada aplikasi yang Anda instal yang dapat tampil di atas aplikasi lain</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>Tidak ada aplikasi yang Anda instal yang dapat menjangkau data pribadi</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>Tidak ada aplikasi yang Anda instal yang dapat melihat aplikasi apa yang Anda gunakan</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>Tidak ada aplikasi yang Anda instal yang boleh merekam layar Anda tanpa bertanya</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>Tidak ada sertifikat yang ditambahkan ke ponsel</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>Tidak ditemukan aplikasi foto cloud atau pencadangan</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>Tidak ada komputer yang dapat menjangkau ponsel untuk proses debug lewat Wi-Fi.</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>Tidak ada komputer yang tetap dipercaya untuk proses debug USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>Tidak ada aplikasi kencan yang tahu persis di mana Anda berada</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>Tidak ada browser default yang disetel</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>Tidak ada Buka dengan Wajah; buka kunci dengan sidik jari tidak dapat dibaca</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>Tidak ada buka kunci dengan sidik jari atau wajah</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>Tidak ada buka kunci dengan sidik jari; Buka dengan Wajah tidak dapat dibaca</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>Tidak ditemukan stalkerware (aplikasi penguntit) yang dikenal</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>Tidak ada aplikasi pesan yang dikenal hardener yang terinstal</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>Tidak ada notifikasi di layar kunci</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>Tidak ada komputer lain yang diizinkan. Komputer ini tetap diizinkan setelah kunjungan kecuali Anda mencabutnya: lakukan itu setelah hardener selesai.</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>Tidak ada ponsel yang ditemukan. Colokkan ponsel dengan kabel USB yang dapat mengirim data, buka kuncinya, dan pastikan Proses debug USB aktif.</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>Tidak ditemukan ponsel dengan Proses debug USB aktif lewat USB.</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>Tidak ada proxy, dan tidak ada VPN dari luar toko</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>Tidak ada aplikasi keamanan yang dinonaktifkan</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>Tidak ada aplikasi media sosial atau kencan yang dapat membaca kontak Anda</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>Tidak ada toko yang memeriksa aplikasi ini. Aplikasi mata-mata sering dipasang di ponsel dengan cara ini oleh seseorang yang pernah memegangnya. Jika bukan Anda sendiri yang menginstalnya, jangan hapus dulu: simpan bukti dan cari bantuan terlebih dahulu.</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>Tidak ditemukan aplikasi penerjemah</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>Tidak ada tempat atau perangkat tepercaya yang sedang digunakan. Jika Anda tidak pernah sengaja menyiapkannya, nonaktifkan Smart Lock agar tidak dapat mulai bekerja nanti.</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Tidak diperbaiki</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>Tidak pasti</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>Tidak disentuh: %n perubahan pada aplikasi mata-mata. Mengubahnya dapat memberi tahu orang yang memasangnya: lihat rencana keselamatan dulu. (Hanya --touch-spying-apps yang akan menyertakannya.)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>Catatan: penerapan sebelumnya di ponsel ini terputus. Perubahannya tercatat di ponsel:
      jalankan 'hardener undo' dengan kode urungkan yang sama untuk mengurungkannya, atau terapkan lagi untuk menyelesaikannya.</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>Catatan: server adb sedang berjalan (port {port}, proses {pid}); server itu mungkin sedang memegang ponsel. Gunakan dengan 'hardener devices --adb-server' dan --adb-server, atau hardener akan bertanya sebelum menghentikannya.</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>Catatan: {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>Tidak ada yang menjawab di {address}. Pastikan ponsel dan komputer ini berada di jaringan Wi-Fi yang sama, bahwa Proses debug nirkabel aktif di Opsi developer ponsel, dan bahwa alamat dan port adalah yang ditampilkan ponsel sekarang (port berubah setiap kali).</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>Tidak ada yang ditemukan</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>Tidak ada yang ditemukan dari yang dapat diperiksa.</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>Tidak ada yang disalin ke akun kecuali Anda memilih untuk menyinkronkannya.</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>Tidak ada yang perlu diterapkan: ponsel sudah sesuai dengan profil ini.</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>Tidak ada yang perlu diubah.</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>Tidak ada yang diubah di ponsel ini.</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>Tidak ada yang diubah, jadi tidak ada catatan urungkan yang disimpan di ponsel (kodenya tidak diperlukan).</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>Tidak ada yang diubah, jadi tidak ada yang perlu diurungkan.</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>Tidak ada yang diubah.</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>Akses notifikasi: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>Notifikasi di layar kunci</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>Notifikasi tampil di layar kunci, tetapi tanpa isinya</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>Sekarang: {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>Nonaktif</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>Motorola Moto G6 lama dengan Android 9: tanpa kunci layar, tidak dienkripsi, Proses debug USB aktif, Play Protect nonaktif, dan aplikasi stalkerware yang di-sideload dengan akses aksesibilitas, notifikasi, dan admin perangkat.</translation>
  </message>
  <message>
   <source>On</source>
   <translation>Aktif</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>Di Android 11 dan yang lebih baru, “Kunci sekarang” muncul di menu daya setelah PIN, sandi, atau pola disetel.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>Di Android 11 dan yang lebih baru, “Kunci sekarang” muncul di menu daya jika kunci layar disetel. Tombol lama di ponsel ini dinonaktifkan, dan beberapa ponsel masih mengikutinya. Periksa menu daya.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Di Android 11 dan yang lebih baru, “Kunci sekarang” muncul di menu daya setiap kali kunci layar disetel, seperti di ponsel ini. Tekan lama tombol daya dan ketuk “Kunci sekarang” saat ponsel mungkin akan diambil.</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>Di ponsel atau komputer mana pun, buka myactivity.google.com, login, dan hapus aktivitas Google Terjemahan. Menghapus data aplikasi tidak menghapus salinan ini.</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>Di ponsel atau komputer mana pun, login ke akun yang digunakan aplikasi penerjemah Anda dan hapus terjemahan serta aktivitas yang tersimpan (untuk akun Google: myactivity.google.com). Menghapus data aplikasi tidak menghapus salinan ini.</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>Di ponsel, buka Setelan, lalu Opsi developer, lalu ketuk “Cabut otorisasi proses debug USB”. Lalu nonaktifkan Opsi developer di bagian atas layar itu. (Jika Anda tidak menemukan Opsi developer, berarti sudah nonaktif.)</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>Satu akun untuk kedua sisi menghubungkan pekerjaan dan kehidupan pribadi Anda.</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>Satu nomor di ponsel ini</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>Satu ponsel untuk kedua kehidupan akan membongkar keduanya saat ponsel diambil.</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>Satu profil di ponsel ini</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>Hanya toko aplikasi yang dapat menginstal aplikasi</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>Hanya komputer ini yang dipercaya untuk proses debug USB</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>Buka Google Foto, ketuk foto profil Anda, lalu Setelan Foto, lalu Pencadangan. Jika Pencadangan aktif, setiap foto dan video dikirim ke akun Google Anda. Nonaktifkan jika akun itu tidak aman.</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>Buka Setelan, lalu Aksesibilitas. Cari aplikasinya (mungkin ada di bawah “Aplikasi terinstal” atau “Aplikasi yang didownload”) dan nonaktifkan.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>Buka Setelan, lalu Akun (atau Sandi &amp; akun). Hapus akun yang tidak Anda kenal. Ganti sandi akun yang mungkin diketahui orang lain.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>Buka Setelan, lalu Akun dan pencadangan, lalu Samsung Cloud. Lihat apa yang dicadangkan dan disinkronkan: pesan, riwayat panggilan, foto. Nonaktifkan yang seharusnya hanya ada di ponsel.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>Buka Setelan, lalu Akun, lalu setiap akun, lalu Sinkronisasi akun. Nonaktifkan Kontak, Pesan, dan Foto jika tidak Anda perlukan.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>Buka Setelan, lalu Akun, lalu akun ini, lalu Sinkronisasi akun. Nonaktifkan yang seharusnya hanya ada di ponsel, misalnya kontak dan pesan.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>Buka Setelan, lalu Akun. Hapus akun pribadi dari ponsel kerja, dan akun kerja dari ponsel pribadi.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>Buka Setelan, lalu Akun. Hapus akun kerja yang tidak akan Anda perlukan selama perjalanan; login lagi setelah Anda tiba. Pastikan dulu Anda tahu setiap sandinya.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>Buka Setelan, lalu Akun. Nonaktifkan “Sinkronkan data otomatis” (mungkin ada di menu di bagian atas). Anda tetap dapat menyinkronkan secara manual jika mau.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>Buka Setelan, lalu Aplikasi, dan lihat aplikasi ini. Jika bukan Anda yang menginstalnya, simpan bukti dan cari bantuan sebelum menghapusnya.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>Buka Setelan, lalu Aplikasi, tampilkan aplikasi sistem, buka aplikasinya lalu ketuk Aktifkan. Jika bukan Anda yang menonaktifkannya, mungkin orang lain yang melakukannya: simpan bukti dulu.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>Buka Setelan, lalu Aplikasi, lalu Aplikasi default. Pastikan aplikasi SMS dan aplikasi Telepon adalah yang Anda pilih.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>Buka Setelan, lalu Aplikasi, lalu Akses aplikasi khusus, lalu Tampilkan di atas aplikasi lain. Nonaktifkan untuk aplikasi yang tidak memerlukannya.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>Buka Setelan, lalu Aplikasi, lalu Akses aplikasi khusus, lalu Instal aplikasi tak dikenal. Nonaktifkan untuk aplikasi ini.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>Buka Setelan, lalu Aplikasi, lalu Akses aplikasi khusus, lalu Akses penggunaan. Nonaktifkan untuk aplikasi yang tidak memerlukannya.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>Buka Setelan, lalu Aplikasi, lalu aplikasinya, lalu Izin, lalu Lokasi. Nonaktifkan “Gunakan lokasi akurat”, dan pilih “Izinkan hanya saat aplikasi digunakan”.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>Buka Setelan, lalu Aplikasi, lalu aplikasi ini, lalu Izin, lalu Kontak. Pilih “Jangan izinkan”. Di setelan aplikasi itu sendiri, nonaktifkan juga pengunggahan atau sinkronisasi kontak, dan hapus kontak yang sudah diunggahnya.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>Buka Setelan, lalu Aplikasi, lalu aplikasi ini, lalu Izin. Pilih “Jangan izinkan” untuk yang tidak diperlukannya. Aplikasi akan meminta lagi jika benar-benar memerlukan sesuatu.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>Buka Setelan, lalu Aplikasi. Untuk setiap aplikasi yang tidak Anda kenal, tanyakan siapa yang menginstalnya. Hapus hanya setelah ada rencana keselamatan jika aplikasi itu mungkin memata-matai.</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>Buka Setelan, lalu Opsi developer, dan nonaktifkan “Nonaktifkan waktu tunggu otorisasi adb”.</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>Buka Setelan, lalu Tampilan, lalu Waktu tunggu layar. Pilih 30 detik.</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>Buka Setelan, lalu Google (atau Akun dan pencadangan), lalu Pencadangan. Lihat apa yang disimpannya. Nonaktifkan pencadangan jika akunnya tidak aman, dan hapus cadangan lama di sana.</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>Buka Setelan, lalu Google, lalu Semua layanan, lalu Perlindungan pencurian. Aktifkan Pemeriksaan Identitas, Kunci Deteksi Pencurian, dan Kunci Perangkat Offline. Di luar tempat tepercaya, mengganti PIN atau menonaktifkan perlindungan lalu memerlukan sidik jari atau wajah Anda, bukan hanya PIN.</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>Buka Setelan, lalu Lokasi, lalu Layanan lokasi (atau Tingkatkan akurasi). Nonaktifkan Pemindaian Wi-Fi dan Pemindaian Bluetooth.</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>Buka Setelan, lalu Jaringan (atau Koneksi, lalu Setelan koneksi lainnya), lalu DNS Pribadi. Pilih Otomatis, atau penyedia yang Anda percaya.</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>Buka Setelan, lalu Jaringan, lalu Wi-Fi, ketuk jaringannya, lalu Edit atau Lanjutan, dan setel Proxy ke Tidak ada. Jika bukan Anda yang menyetelnya, simpan bukti dulu.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>Buka Setelan, lalu Notifikasi (atau Layar kunci), lalu Notifikasi di layar kunci. Pilih “Jangan tampilkan notifikasi”, atau setidaknya “Sembunyikan konten sensitif”.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>Buka Setelan, lalu Notifikasi, lalu Akses notifikasi (di beberapa ponsel: Aplikasi, lalu Akses aplikasi khusus). Nonaktifkan untuk aplikasi ini.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>Buka Setelan, lalu Keamanan (atau Biometrik), lalu Sidik jari dan Pengenalan wajah. Hapus keduanya sebelum saat yang berisiko, atau bersiaplah menggunakan “Kunci sekarang”.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>Buka Setelan, lalu Keamanan (atau Biometrik). Hapus sidik jari dan wajah sebelum bepergian; tambahkan lagi saat Anda sudah aman.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>Buka Setelan, lalu Keamanan (atau Layar kunci), lalu Kunci layar. Pilih PIN dan gunakan setidaknya 6 digit yang bukan tanggal lahir. Pola mudah dilihat dan ditebak.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>Buka Setelan, lalu Keamanan (atau Layar kunci), lalu Kunci layar. Pilih PIN dengan 6 angka atau lebih, atau Sandi. Jangan gunakan tanggal lahir atau nomor yang diketahui orang lain.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>Buka Setelan, lalu Keamanan (atau Layar kunci), lalu Smart Lock atau Extend Unlock. Masukkan PIN Anda. Hapus tempat tepercaya dan perangkat tepercaya, dan nonaktifkan deteksi saat dibawa.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>Buka Setelan, lalu Keamanan (atau Layar kunci), lalu ikon roda gigi di sebelah Kunci layar, lalu “Kunci setelah waktu tunggu layar habis”. Pilih Segera atau 5 detik.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>Buka Setelan, lalu Keamanan (atau Keamanan dan privasi), lalu Setelan keamanan lainnya atau Enkripsi &amp; kredensial, lalu Kredensial tepercaya, lalu tab Pengguna. Jika ada sertifikat yang tidak Anda tambahkan, simpan bukti dan cari bantuan sebelum menghapusnya.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>Buka Setelan, lalu Keamanan dan privasi, lalu Perlindungan Lanjutan. Fitur ini memblokir aplikasi dari luar Play Store, jaringan 2G lama, dan sambungan USB baru saat ponsel terkunci. Aplikasi yang Anda instal dari file mungkin berhenti diupdate: putuskan bersama orang yang memahami ponsel.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>Buka Setelan, lalu Keamanan dan privasi, lalu Ruang privasi, lalu “Kunci ruang privasi secara otomatis”, dan pilih “Setiap kali perangkat terkunci”.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>Buka Setelan, lalu Keamanan, lalu Aplikasi admin perangkat (di beberapa ponsel: Setelan keamanan lainnya). Nonaktifkan aplikasi yang tidak Anda kenal. Jika tidak bisa, cari bantuan.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>Buka Setelan, lalu Keamanan, lalu Aplikasi admin perangkat. Nonaktifkan aplikasi apa pun yang tidak Anda kenal.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>Buka Setelan, lalu Keamanan, lalu Smart Lock (atau Extend Unlock). Hapus tempat tepercaya, perangkat tepercaya, dan deteksi saat dibawa.</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>Buka Setelan, lalu Sistem (atau Update software), lalu Update keamanan, dan instal yang ditawarkan. Jika tidak ada update selama setahun, ponsel sudah tidak mendapat update lagi: pertimbangkan ponsel yang lebih baru untuk bekerja.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>Buka Setelan, lalu Sistem, lalu Opsi developer. Nonaktifkan “Tetap terjaga”.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>Buka Setelan, lalu Sistem, lalu Bahasa &amp; input, lalu Keyboard layar. Simpan hanya keyboard yang Anda pilih.</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>Buka Setelan, lalu Akun Xiaomi (atau Akun Mi), lalu Xiaomi Cloud. Lihat apa yang disinkronkan: pesan, galeri, kontak, riwayat panggilan. Nonaktifkan yang seharusnya hanya ada di ponsel.</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>Buka WhatsApp, lalu Setelan, lalu Chat, lalu Cadangan chat. Jika “Cadangkan ke Google Drive” bukan “Tidak pernah”, chat Anda disalin ke sana. Pilih Tidak pernah jika akun itu tidak aman, dan hapus cadangan lama di Google Drive.</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>Buka myactivity.google.com di browser (atau aplikasi Google, lalu foto profil Anda, lalu Aktivitas Saya). Pilih Google Terjemahan dan hapus semuanya. Di bawah “Aktivitas Web &amp; Aplikasi” Anda dapat menonaktifkan penyimpanan, atau menyetel hapus otomatis ke 3 bulan.</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>Buka Play Store, ketuk foto profil Anda, lalu Play Protect, lalu ikon roda gigi setelan. Aktifkan “Pindai aplikasi dengan Play Protect”.</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>Buka aplikasinya dan cari Cadangan, Sinkronisasi, atau Upload kamera di setelannya. Nonaktifkan jika akunnya tidak aman.</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>Buka aplikasinya. Cari Riwayat (sering ada di menu atau di bawah foto profil Anda) dan hapus semuanya. Di setelan aplikasi, nonaktifkan penyimpanan riwayat jika bisa. Hapus juga frasa yang disimpan atau diberi bintang.</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>Buka setelan kamera dan nonaktifkan “Simpan lokasi” (atau Tag lokasi). Atau buka Setelan, lalu Aplikasi, lalu Kamera, lalu Izin, lalu Lokasi: “Jangan izinkan”.</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>Buka aplikasi penerjemah, buka Riwayat (atau ikon jam), dan hapus. Nonaktifkan ‘Simpan riwayat’ jika aplikasi memilikinya.</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>Komputer lain dapat menggunakan proses debug USB di ponsel ini</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>PIN</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>PIN atau sandi</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>Sudah disambungkan, dengan adb dari Google ({adb}, versi {version}): {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>Penyambungan dengan kode memerlukan program “adb” dari Google (Android SDK Platform-Tools), dan hardener tidak menemukannya di komputer ini. Instal Platform-Tools dari situs developer Android milik Google, lalu coba lagi. Atau sambungkan ponsel dengan kabel USB saja.</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>Izin {app}: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>Ponsel terkunci setelah layar mati</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>Nomor telepon</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>Pemeriksaan keamanan ponsel</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>Ponsel:</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>Ponsel yang sudah memercayai komputer ini akan kembali bertanya "Izinkan proses debug USB?".</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>Foto dan kontak di cloud dapat diminta tanpa ponsel.</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>Pixel 6a dengan Android 13 dan aplikasi stalkerware yang namanya diganti agar tampak seperti update sistem: hanya sertifikat penandatanganannya yang membongkarnya.</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>Play Protect memeriksa aplikasi</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>Play Protect memeriksa aplikasi dari bahaya. Orang yang memasang aplikasi mata-mata di ponsel sering menonaktifkannya lebih dulu. Jika bukan Anda yang menonaktifkannya, mungkin orang lain yang melakukannya.</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>Play Protect tidak memindai aplikasi</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>Play Protect nonaktif</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>Play Protect aktif</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>Play Protect memperingatkan tentang aplikasi mata-mata yang dikenal.</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>Play Protect, yang memindai aplikasi dari bahaya, ada bersama Google Play. Tanpanya, instal aplikasi hanya dari toko yang Anda percaya, dan hanya aplikasi yang Anda kenal.</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>Polisi yang memegang ponsel dapat membaca pesan klien yang muncul di layarnya.</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>Polisi membaca pesan lebih dulu; pesan yang menghilang dengan sendirinya tidak ada lagi untuk dibaca.</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>Polisi membaca riwayat terjemahan untuk membuktikan apa pekerjaan seseorang.</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>Polisi yang mengambil ponsel membaca pesan lebih dulu. Pesan yang menghilang dengan sendirinya tidak ada lagi untuk dibaca. Setiap aplikasi punya tombolnya sendiri: langkah-langkahnya menjelaskan di mana.</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>Ponsel latihan '{name}' menunggu sambungan di {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>Ponsel latihan (simulasi, bukan ponsel sungguhan)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>Latih “Kunci sekarang”</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>Tekan lama tombol daya (di beberapa ponsel: tombol daya dan tombol volume atas bersamaan), lalu ketuk “Kunci sekarang”. Sekarang hanya PIN atau sandi Anda yang dapat membuka ponsel: tanpa sidik jari, tanpa wajah, tanpa Smart Lock, dan tanpa pesan di layar kunci. Atau matikan ponsel.</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>DNS Pribadi</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>DNS Pribadi otomatis</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>DNS Pribadi nonaktif</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>DNS Pribadi menggunakan penyedia yang Anda pilih</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>DNS Pribadi: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>Ruang Privasi terkunci</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>Profil: {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>Profil di ponsel: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>Proxy dan VPN: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>Tarik ke bawah dari bagian atas layar dan ketuk Lokasi untuk menonaktifkannya, atau buka Setelan, lalu Lokasi. Aktifkan lagi hanya saat Anda memerlukan peta atau ojek/taksi online.</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>Baca setiap temuan bersama orangnya. Mulai dari yang paling buruk di bagian atas.</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>Baca hasilnya bersama-sama</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>Baca apa yang ditemukan pemeriksaan ini sebelum ada yang diubah. Bicarakan dengan organisasi pekerja seks atau layanan pendukung yang Anda percaya, dan buat rencana keselamatan bersama.</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>Daftarkan aplikasi kencan dan iklan hanya dengan nomor kerja, bukan nomor pribadi Anda. SIM kedua, ponsel kedua, atau nomor dari aplikasi telepon, semuanya bisa.</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>Bergantung pada aplikasi penerjemah</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>Hapus buka kunci dengan sidik jari dan wajah selama perjalanan</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>Hapus proxy</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>Kunci komputer ini sudah dihapus dari keyring. Ponsel yang memercayainya akan bertanya “Izinkan proses debug USB?” lagi.</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>Dihapus: {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>Menghapus aplikasi mata-mata dapat memberi tahu orang yang memasangnya. Bicarakan dulu dengan orang yang Anda percaya atau layanan pendukung. Catat apa yang Anda temukan sebelum mengubah apa pun.</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>Menghapus aplikasi mata-mata atau mengubah setelan dapat memberi tahu orang yang mengawasi, dan membuat keadaan lebih berbahaya.</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>Menghapus aplikasi ini dapat memberi tahu orang yang memasangnya, dan itu dapat membuat mereka berbahaya. Bicarakan dulu dengan orang yang Anda percaya atau layanan pendukung. Rencanakan di mana Anda akan aman dan siapa yang dapat membantu.</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>Ganti kartu SIM</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>Laporan ditulis ke {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>{restored} dari {total} dikembalikan.</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>Cabut otorisasi proses debug USB di akhir</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>Layanan aksesibilitas yang berjalan: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>Kartu SIM: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51 dengan Android 11: kunci pola dengan Smart Lock, pratinjau pesan di layar kunci, Google Terjemahan dipakai setiap hari, kontak disinkronkan ke Google dan Samsung, aplikasi kencan dan media sosial membaca kontak.</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>Simpan laporan dari kunjungan ini di komputer atau pada orang yang Anda percaya, bukan di ponsel ini. Catat tanggalnya dan nama aplikasi yang ditemukan.</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>Pemindaian aplikasi dari bahaya ditolak di ponsel ini. Jika bukan Anda yang menolaknya, mungkin orang lain yang melakukannya. Aktifkan pemindaian.</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>Pemindaian memberi tahu aplikasi di mana Anda berada, bahkan saat Wi-Fi dan Bluetooth nonaktif.</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>Kunci layar dan setelan ponsel</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>Kunci layar:</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>Kunci layar: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>Kunci layar: {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>Perekaman layar: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>Layar tetap menyala saat mengisi daya</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>Waktu tunggu layar: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>Layar mati setelah</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>Aplikasi keamanan: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>Patch keamanan:</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>Update keamanan masih baru</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>Update keamanan: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>Nomor seri</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>Nomor seri:</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>Setel PIN 6 digit atau lebih</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>Setel kunci layar yang kuat</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>Tampilkan tombol “Kunci sekarang” di menu daya</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>Ditampilkan</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>Logout di mana-mana</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>Logout dari akun kerja selama perjalanan</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal: buat pesan menghilang</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Dilewati</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>Smart Lock dapat membuat ponsel tetap tidak terkunci</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>Smart Lock nonaktif</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>Smart Lock aktif, tetapi saat ini tidak membuat ponsel tetap tidak terkunci</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>Smart Lock membuat ponsel tetap terbuka di tempat “tepercaya”, di dekat perangkat “tepercaya”, atau saat Anda membawanya. Justru saat itulah ponsel dapat direbut dari Anda, dalam keadaan terbuka.</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>Smart Lock membuat ponsel tetap terbuka di rumah atau di dekat jam tangan Anda: justru saat ponsel dapat diambil.</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>Aplikasi media sosial dan kontak Anda: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>Beberapa perubahan tidak dapat diurungkan:</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>Seseorang menambahkan sertifikat ke ponsel</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>Orang yang memegang ponsel yang terkunci dapat melihat aplikasi mana yang menerima pesan, tetapi tidak isinya. Untuk menyembunyikannya sepenuhnya, nonaktifkan notifikasi di layar kunci.</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>Sesuatu di {address} menjawab, lalu berhenti menjawab atau menutup sambungan. Di ponsel, pastikan Proses debug nirkabel aktif dan bahwa alamat dan port adalah yang ditampilkannya sekarang. Jika ponsel meminta penyambungan dengan kode, hardener tidak dapat melakukannya sendiri: gunakan kabel USB, atau sambungkan ponsel dengan program adb dari Google lalu hubungkan melaluinya.</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>Terjadi masalah.</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>Aplikasi mata-mata sering diinstal secara manual, di luar toko aplikasi.</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>Aplikasi mata-mata sering diinstal dari luar toko aplikasi.</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>Aplikasi mata-mata: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>Stalkerware (aplikasi penguntit) dan aplikasi mata-mata</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>Tetap terjaga saat mengisi daya: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>Masih ada di ponsel, TIDAK terhapus: {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>Masih perlu dilakukan, secara manual</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>Hentikan aplikasi yang tampil di atas aplikasi lain</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>Cegah aplikasi menginstal aplikasi</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>Cegah aplikasi menginstal aplikasi lain</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>Hentikan aplikasi yang membaca notifikasi Anda</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>Cegah aplikasi merekam layar Anda tanpa bertanya</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>Cegah aplikasi media sosial dan kencan membaca kontak Anda</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>Hentikan program adb lain itu sekarang?</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>Hentikan ponsel memindai Wi-Fi dan Bluetooth</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>Dihentikan.</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>Ringkasan: {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>Aktifkan kembali Play Protect</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>Nonaktifkan lokasi saat tidak Anda perlukan</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>Nonaktifkan “Tetap terjaga”</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>Nonaktifkan pencadangan Android ke cloud</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>Nonaktifkan Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>Nonaktifkan pemindaian Wi-Fi dan Bluetooth</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>Nonaktifkan akses aksesibilitas yang tidak Anda gunakan</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>Nonaktifkan aksesibilitas untuk aplikasi yang tidak Anda kenal</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>Nonaktifkan sinkronisasi otomatis</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>Nonaktifkan opsi developer setelah selesai</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>Nonaktifkan akses notifikasi untuk aplikasi yang tidak Anda kenal</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>Nonaktifkan lokasi akurat untuk aplikasi kencan</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>Aktifkan Pemeriksaan Identitas dan perlindungan pencurian</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>Aktifkan DNS Pribadi</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>Matikan ponsel</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>Matikan ponsel sebelum pemeriksaan paspor dan nyalakan lagi hanya setelahnya. Ponsel yang pernah dimatikan hanya dapat dibuka dengan PIN Anda.</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>Matikan ponsel sebelum perbatasan</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>Matikan ponsel saat penggeledahan mungkin terjadi</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>Cabut akses kontak</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>Cabut izin yang tidak diperlukan aplikasi</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>Cabut akses lokasi dari kamera</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>Cabut akses mikrofon dan kontak dari aplikasi penerjemah</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>Cabut akses kamera dan mikrofon dari aplikasi yang tidak memerlukannya</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>Cabut akses penggunaan dari aplikasi</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram: gunakan hapus otomatis</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>Beri tahu orang-orang yang berhubungan dengan Anda</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>Beri tahu grup dan kontak dekat Anda, agar mereka dapat melindungi diri. Keluarkan nomor itu dari chat grup jika bisa.</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>Pesan teks (SMS) tidak pernah menghilang dengan sendirinya. Sebelum saat yang berisiko, hapus percakapan dengan klien di aplikasi Pesan, dan minta klien menggunakan aplikasi pesan dengan pesan sementara.</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>Pesan teks: hapus yang tidak Anda perlukan</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>SMS dan panggilan masuk ke aplikasi bawaan ponsel.</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>Itu adalah folder; berikan nama file yang berakhiran .pdf atau .html: {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>Program “adb” di komputer ini (versi {version}, {path}) tidak dapat melakukan penyambungan dengan kode: fitur penyambungan hadir sejak versi 30 Platform-Tools dari Google, pada tahun 2020. Paket “adb” dari Debian dan Ubuntu adalah versi 29 dan tidak memiliki fitur penyambungan. Instal Platform-Tools terbaru dari Google, atau sambungkan ponsel dengan kabel USB saja.</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>Program “adb” di komputer ini terlalu lama atau tidak menjawab seperti yang diharapkan (versi server {version}; hardener memerlukan {needed} atau yang lebih baru). Instal Android SDK Platform-Tools terbaru, lalu coba lagi.</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>Server program “adb” tidak berjalan di komputer ini (port {port}). Jalankan dengan perintah “adb start-server”, atau sambungkan tanpa server adb.</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>Ruang Privasi tetap terbuka setelah ponsel terkunci</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>Aplikasi SMS dan telepon adalah bawaan ponsel</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>Server adb (port {port}) tidak memiliki ponsel.</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>Server adb tidak memiliki ponsel “{serial}”. Ponsel yang dimilikinya: {serials}. Periksa namanya dengan “adb devices”.</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>Kata server adb: {said} (status: {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>Kamera dan lokasi: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>Kamera dapat menggunakan lokasi Anda, sehingga setiap foto membawa informasi tempat foto itu diambil. Jika dikirim atau diunggah, foto dapat menunjukkan tempat Anda tinggal atau bekerja.</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>Kamera tidak dapat menyimpan tempat foto diambil</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>Perintah untuk ponsel ini terlalu panjang untuk melewati server adb ({size} byte; server hanya meneruskan paling banyak {limit}). Sambungkan langsung ke ponsel saja, tanpa server adb.</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>Sambungan ke ponsel terputus (apakah kabelnya tercabut?). Colokkan lagi: tidak ada yang hilang, dan apa pun yang belum selesai dapat diselesaikan atau diurungkan.</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>Browser default adalah {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>Folder untuk laporan tidak ada: {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>File penanda {file} tidak dapat digunakan: {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>Kunci yang disimpan hardener di keyring komputer ini rusak, jadi hardener berhenti dan membiarkannya seperti apa adanya. Untuk mulai lagi dengan kunci baru, jalankan perintah “hardener forget-key”; ponsel lalu akan bertanya “Izinkan proses debug USB?” lagi.</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>Kunci telah dihapus dari keyring.</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>Keyboard adalah bawaan ponsel</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>Keyboard yang digunakan adalah bagian dari ponsel.</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>Keyring tempat hardener menyimpan kuncinya terkunci. Buka kuncinya (di Linux: buka “Passwords and Keys” lalu buka kunci “Login”, atau logout lalu login lagi), lalu coba lagi.</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>Update keamanan terakhir sudah berumur {months} bulan</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>Keychain macOS tempat hardener menyimpan kuncinya terkunci. Buka aplikasi Keychain Access dan buka kunci keychain “login” (atau logout lalu login lagi), lalu coba lagi.</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>Yang paling mendesak lebih dulu. Setiap item menjelaskan apa yang dapat dilihat atau dilakukan orang yang memegang ponsel ini.</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>Nama situs dan aplikasi yang Anda gunakan dikirim tanpa enkripsi, sehingga jaringan yang Anda gunakan dapat membacanya. Android dapat mengenkripsinya sendiri.</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>Ponsel mencadangkan dirinya ke cloud</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Ponsel tidak menerima penyambungan. Di ponsel, ketuk lagi “Sambungkan perangkat dengan kode penyambungan” dan ketik kode baru serta alamat dengan port-nya (keduanya berubah setiap kali), selagi jendela itu masih terbuka. Ponsel dan komputer ini harus berada di jaringan Wi-Fi yang sama.</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>Ponsel tidak mengizinkan komputer ini. Cabut lalu colokkan lagi, buka kuncinya, dan ketuk “Izinkan” saat ponsel bertanya.</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>Ponsel tidak menonaktifkan Proses debug USB: {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>Ponsel tidak menjawab. Cabut, colokkan lagi, dan buka kuncinya. Jika tidak membantu, mulai ulang ponsel.</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>Ponsel tidak menyalin data aplikasinya ke akun.</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>Ponsel tidak memiliki kunci untuk ditunggu</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>Ponsel belum mengizinkan komputer ini. Buka kunci ponsel dan ketuk “Izinkan” pada pesan “Izinkan proses debug USB?”.</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>Ponsel tidak menyimpan izin proses debug USB untuk komputer mana pun, termasuk komputer ini.</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>Ponsel terus memindai Wi-Fi dan Bluetooth</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>Ponsel terkunci {seconds} detik setelah layar mati</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>Ponsel menolak perubahan ini: pembuatnya memblokirnya dari komputer. Perubahan ini tetap dapat dilakukan secara manual di Setelan ponsel.</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>Ponsel menolak menyimpan file. Pastikan ruang penyimpanannya masih cukup.</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>Ponsel melaporkan nama yang tidak dipercaya hardener ({kind}). Nama itu dilewati.</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>Ponsel tetap terbuka {minutes} menit setelah layar mati</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>Ponsel tetap terbuka {seconds} detik setelah layar mati</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>Ponsel terlalu lama menjawab. Periksa kabel dan pastikan ponsel tidak terkunci.</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>Ponsel memercayai komputer untuk proses debug USB (jumlah: {count}) dan tidak menyebutkan mana, jika ada, yang merupakan komputer ini. Cabut otorisasinya setelah hardener selesai.</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>Ponsel hanya memercayai sertifikat bawaannya.</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>Internet ponsel tidak melewati proxy atau aplikasi VPN yang diinstal secara manual.</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>Penyimpanan ponsel dienkripsi</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>Penyimpanan ponsel tidak dienkripsi</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>Profil {file} rusak: aturan {rule}, kolom {field}: {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>Catatan yang diperlukan untuk mengurungkan perubahan sudah tidak ada di ponsel, jadi perubahan tidak dapat dikembalikan secara otomatis. Anda dapat mengembalikan setiap setelan secara manual.</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>Catatan tentang apa yang diubah disimpan di ponsel itu sendiri, bukan di komputer.</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>File laporan harus berakhiran .pdf atau .html: {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>Laporan tidak disimpan di ponsel: ditemukan aplikasi mata-mata di dalamnya, atau hardener tidak dapat memeriksanya. Aplikasi seperti itu dapat membaca laporan dan memberi tahu siapa pun yang memasangnya.</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>Laporan akan disimpan di folder Download ponsel. Siapa pun yang menggeledah ponsel dapat membacanya di sana. Hapus jika tidak Anda perlukan lagi.</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>Yang paling aman adalah ponsel terpisah untuk bekerja. Jika Anda memakai satu ponsel, gunakan SIM atau nomor terpisah untuk bekerja, WhatsApp Business atau aplikasi pesan kedua hanya untuk bekerja, dan jangan ada foto pribadi di aplikasi kerja.</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>Layar tidak tetap menyala saat mengisi daya</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>Kunci layar berupa pola</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>Kunci layar hanya berupa geser</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>Layar tetap menyala selama {minutes} menit sebelum terkunci</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>Layar tetap menyala selama {seconds} detik sebelum terkunci</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>Layar tetap menyala saat mengisi daya</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>Layar mati setelah {seconds} detik</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>Aplikasi keamanan di ponsel ini aktif.</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>Setelan layar kunci yang paling ketat, riwayat terjemahan dihapus, dan langkah yang perlu dilakukan sebelum penggeledahan.</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>Catatan urungkan sudah dihapus (sudah diperiksa): tidak ada lagi tulisan hardener yang tersisa di ponsel.</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>Catatan urungkan sudah dihapus: ponsel kini tidak menyimpan catatan apa pun.</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>Catatan urungkan di ponsel tidak dapat dibaca, jadi laporan tidak dapat menyebutkan apa yang diubah.</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>Catatan urungkan di ponsel ini rusak, jadi tidak akan digunakan. Anda dapat menghapusnya dan memeriksa setelan ponsel secara manual.</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>Catatan urungkan tetap ada di ponsel, dikunci dengan kode urungkannya. Orang yang menggeledah ponsel dapat melihat bahwa ada sebuah file di sana, tetapi tidak dapat membacanya tanpa kode itu.</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>Profil kerja di ponsel ini dijalankan oleh pengelolanya, sering kali pemberi kerja. Mereka dapat melihat aplikasi dan data di profil itu. Jauhkan hal-hal pribadi dari profil itu.</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>Tidak ada Google Play di ponsel ini</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>Tidak ada ponsel latihan bernama “{name}”. Ponsel latihan yang ada: {names}.</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>Tidak ada profil bernama “{name}”. Profil yang ada: {names}.</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>Tidak ada kunci layar</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>Tidak ada yang dapat diurungkan di ponsel ini.</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>Tidak ada kunci di keyring.</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>Tidak ada kunci yang perlu dihapus.</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>Tidak ada preferensi yang tersimpan.</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>Data ini disalin ke server akun. Siapa pun yang masuk ke akun itu, atau perusahaannya jika diminta polisi, dapat membacanya tanpa ponsel Anda.</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>Hal-hal ini memerlukan Anda, di ponsel itu sendiri. Masing-masing memerlukan satu atau dua menit.</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>Pertimbangkan Perlindungan Lanjutan</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>Pertimbangkan buka kunci dengan sidik jari dan wajah</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>Pikirkan dulu sebelum menghapus isi ponsel dari jarak jauh</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>Versi Android ini tidak menyebutkan browser mana yang menjadi default</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>Versi Android ini tidak menyebutkan jenis kuncinya. Jika berupa pola, ganti dengan PIN 6 angka atau lebih, atau sandi.</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>Versi Android ini tidak menunjukkan komputer mana yang dipercayainya untuk proses debug USB. Komputer lain mungkin juga diizinkan. Cabut semuanya setelah hardener selesai.</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>Versi Android ini tidak memiliki Perlindungan Lanjutan</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>Versi Android ini tidak memiliki Pemeriksaan Identitas</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>Versi Android ini tidak memiliki tombol “Kunci sekarang”</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>Ponsel Xiaomi ini menolak perubahan dari komputer sampai “Proses debug USB (Setelan keamanan)” aktif. Buka Setelan, lalu Opsi developer, aktifkan (ponsel mungkin meminta Anda login ke akun Mi), lalu tekan “Coba lagi”.</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>Aplikasi ini dapat mengetahui lokasi Anda setiap saat, atau membaca SMS atau riwayat panggilan Anda. Sebagian besar aplikasi tidak memerlukannya. Cabut izin yang tidak diperlukannya.</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>Aplikasi ini dapat menampilkan jendelanya sendiri di atas aplikasi lain. Aplikasi berbahaya menggunakan ini untuk menampilkan layar palsu yang mencuri PIN atau sandi. Balon chat dan tombol terjemahan juga menggunakannya.</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>Aplikasi ini tidak berasal dari toko aplikasi, dan dapat menjangkau hal-hal pribadi Anda. Aplikasi mata-mata bekerja seperti ini. Jika Anda tidak mengenal aplikasi ini, simpan bukti dan cari bantuan sebelum menghapusnya.</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Aplikasi ini memiliki nama yang hanya dipakai oleh aplikasi bawaan Android, tetapi bukan bawaan ponsel. Aplikasi mata-mata bersembunyi di balik nama seperti ini. Jangan hapus dulu: jika aplikasi ini mengawasi, menghapusnya dapat memberi tahu orang yang memasangnya. Simpan bukti dan buat rencana keselamatan dulu.</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>Aplikasi ini dibuat untuk mengawasi ponsel, misalnya sebagai “kontrol orang tua”. Jika bukan Anda sendiri yang menginstalnya, seseorang mungkin sedang mengikuti apa yang Anda lakukan. Jangan hapus dulu: simpan bukti dan buat rencana keselamatan dulu.</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Aplikasi ini ada di daftar publik stalkerware (aplikasi penguntit): aplikasi yang bersembunyi di ponsel dan mengirim pesan, lokasi, foto, dan panggilan kepada orang lain. Jangan hapus dulu: itu dapat memberi tahu orang yang memasangnya. Simpan bukti dan buat rencana keselamatan dulu.</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Aplikasi ini disetel sebagai VPN yang selalu aktif, sehingga semua yang dikirim ponsel melewatinya. Aplikasi ini diinstal dari luar toko aplikasi. Jika bukan Anda yang memilihnya, jangan hapus dulu: jika aplikasi ini mengawasi, menghapusnya dapat memberi tahu orang yang memasangnya. Simpan bukti dan buat rencana keselamatan dulu.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Aplikasi ini disetel sebagai default untuk SMS atau panggilan, sehingga menerima semuanya, termasuk kode login. Aplikasi ini bukan bawaan ponsel. Jika Anda yang memilihnya, pastikan Anda memercayai pembuatnya.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Aplikasi ini disetel sebagai default untuk SMS atau panggilan, sehingga menerima semuanya, termasuk kode login. Aplikasi ini diinstal dari luar toko aplikasi. Jangan hapus dulu: jika aplikasi ini mengawasi, menghapusnya dapat memberi tahu orang yang memasangnya. Simpan bukti dan buat rencana keselamatan dulu.</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>Aplikasi ini boleh memasang aplikasi baru di ponsel. Begitulah cara aplikasi mata-mata sering masuk. Kecuali Anda memang menggunakannya untuk menginstal aplikasi, cabut izin ini.</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>Aplikasi ini boleh merekam atau menyiarkan semua yang ada di layar Anda, termasuk pertunjukan dan chat, tanpa bertanya dulu. Rekaman pertunjukan digunakan untuk memeras. Berikan ini hanya untuk aplikasi yang Anda pilih.</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>Aplikasi ini melindungi ponsel, misalnya dengan memeriksa aplikasi mata-mata. Aplikasi ini telah dinonaktifkan. Aplikasi mata-mata, atau orang yang memasangnya, melakukan ini agar tidak ditemukan.</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>Aplikasi ini melihat setiap notifikasi: pratinjau pesan, kode, pemesanan, siapa yang menelepon. Aplikasi mata-mata menggunakan ini. Berikan hanya untuk aplikasi yang Anda perlukan, seperti aplikasi jam tangan pintar.</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>Aplikasi ini mengunggah daftar kontak Anda ke servernya sendiri, tempat orang asing dapat mencari nama yang diberikan orang untuk suatu nomor telepon. Nomor klien dan rekan Anda, serta nama yang Anda simpan untuk mereka, keluar dari ponsel.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Aplikasi ini tidak diinstal dari toko aplikasi dan tidak muncul di daftar aplikasi, sehingga mudah terlewat. Apakah Anda mengenalnya? Aplikasi mata-mata sering bersembunyi seperti ini. Jangan hapus dulu: jika aplikasi ini mengawasi, menghapusnya dapat memberi tahu orang yang memasangnya. Simpan bukti dan buat rencana keselamatan dulu.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Aplikasi ini tidak diinstal dari toko aplikasi, tidak memiliki ikon di daftar aplikasi, dan dapat melakukan apa yang dilakukan aplikasi mata-mata: {powers}. Inilah pola yang dicari para ahli. Jangan hapus dulu: jika aplikasi ini mengawasi, menghapusnya dapat memberi tahu orang yang memasangnya. Simpan bukti dan buat rencana keselamatan dulu.</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>Browser ini menyimpan riwayat dan login Anda, yang dapat dibaca siapa pun yang membuka ponsel. Untuk bekerja, browser privat menyimpan lebih sedikit, atau gunakan tab privat dan hapus riwayat.</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>Ini tidak dapat diurungkan.</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>Komputer ini tidak mengizinkan hardener menggunakan port USB. Di Linux, instal paket “android-sdk-platform-tools-common” (paket ini menambahkan aturan USB), lalu colokkan ponsel lagi.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>Komputer ini tidak memiliki tempat yang aman untuk menyimpan kunci hardener (sebuah “keyring”). Di Linux, instal dan buka kunci GNOME Keyring atau KWallet (misalnya: sudo apt install gnome-keyring), lalu coba lagi. hardener tidak pernah menyimpan kunci di file biasa.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>Komputer ini tidak memiliki tempat yang aman untuk menyimpan kunci hardener: hardener menyimpannya di Windows Credential Manager, yang tidak menjawab. Login ke Windows dengan akun Anda sendiri (bukan akun tamu), lalu coba lagi. hardener tidak pernah menyimpan kunci di file biasa.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>Komputer ini tidak memiliki tempat yang aman untuk menyimpan kunci hardener: hardener menyimpannya di Keychain macOS, yang tidak menjawab. Buka aplikasi Keychain Access, pastikan keychain “login” ada dan tidak terkunci, lalu coba lagi. hardener tidak pernah menyimpan kunci di file biasa.</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>Salinan hardener ini tidak memiliki profilnya (situasi yang menjadi dasar rencana perubahan). Instal hardener lagi.</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>Ini tidak dapat diubah dari komputer.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>Aplikasi kencan ini mengetahui lokasi tepat Anda. Polisi pernah menggunakan aplikasi kencan untuk menemukan pekerja seks. Lokasi perkiraan sudah cukup untuk bertemu orang di sekitar.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>Aplikasi kencan ini mengetahui lokasi tepat Anda. Polisi pernah menggunakan aplikasi kencan untuk menemukan pekerja seks. Versi Android ini tidak memiliki pilihan lokasi perkiraan: izinkan lokasi hanya saat Anda menggunakan aplikasi, atau tidak sama sekali.</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>Ini adalah ringkasan pemeriksaan keamanan ponsel ini: apa yang ditemukan, apa yang diubah, apa yang masih dapat Anda lakukan sendiri, dan apa yang harus dilakukan jika ponsel suatu saat diambil.</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>Ini aplikasi biasa, tetapi juga dapat digunakan untuk mengikuti seseorang: misalnya pelacak lokasi, perekam panggilan, atau aplikasi kendali jarak jauh. Apakah Anda yang menginstalnya, dan mengapa?</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>Aplikasi pesan ini menggunakan kontak Anda untuk menunjukkan siapa lagi yang menggunakannya, dan orang yang memiliki nomor Anda dapat melihat bahwa Anda menggunakannya. Jika itu dapat membongkar identitas Anda, gunakan dengan nomor terpisah.</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>Ponsel ini</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>Ponsel ini juga menyimpan {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>Ponsel ini memiliki dua nomor</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>Ponsel ini memiliki satu kartu SIM yang digunakan dan satu WhatsApp. Jika Anda bekerja dengan ponsel ini, simpan nomor pribadi Anda di ponsel lain.</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>Ponsel ini dikelola oleh {app}</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>Ponsel ini menyimpan catatan terkunci tentang perubahan yang dibuat pada kunjungan sebelumnya. Dengan kode urungkan-nya, laporan ini mencantumkan perubahan tersebut.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>Ponsel ini menyimpan catatan urungkan dari kunjungan sebelumnya. Ketik kode urungkan-nya untuk menggunakannya, atau hapus catatan itu (perubahan sebelumnya lalu tetap ada, dan tidak dapat diurungkan lagi).</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>Ringkasan ini tidak disimpan di komputer tempat ringkasan ini dibuat. Jika Anda menyimpan salinannya, simpan di tempat yang aman, atau hapus jika tidak Anda perlukan lagi.</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>Kode urungkan ini tidak membuka catatan di ponsel ini. Periksa kodenya dan coba lagi.</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>Ini dibiarkan seperti semula, karena tidak dipilih.</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>Untuk mengembalikan perubahan, sambungkan lagi ponsel ke program yang digunakan untuk pemeriksaan ini, di komputer mana pun, lalu pilih Urungkan.</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>Alat yang digunakan polisi untuk membuka ponsel bekerja paling baik pada ponsel yang tidak mendapat update keamanan. Ponsel lama yang tidak lagi mendapat update lebih mudah dibobol, meskipun dengan PIN yang bagus.</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>Alat untuk membuka ponsel yang disita bekerja paling baik pada ponsel yang tidak mendapat update.</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>Diterjemahkan dari panduan berbahasa Inggris.</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>Aplikasi penerjemah menyimpan apa yang Anda ketik atau ucapkan, sering kali percakapan dengan klien. Polisi pernah menggunakan riwayat ini untuk membuktikan bahwa seseorang adalah pekerja seks. Sering-seringlah menghapusnya.</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>Aplikasi penerjemah: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>Riwayat terjemahan dibaca untuk membuktikan pekerjaan seks, lalu untuk mendeportasi.</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>Terjemahan yang disimpan di akun Anda: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>Riwayat penerjemah</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>Bepergian hanya dengan akun yang Anda perlukan</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>Coba lagi; jika masih ada, mungkin ponsel menolak menghapusnya (periksa penyimpanannya).</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>Aktifkan Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>Aktifkan pesan sementara, dan hapus chat serta foto yang tidak Anda perlukan.</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>Aktifkan kembali waktu tunggu otorisasi</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>Aktifkan kembali aplikasi keamanan</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>Dua kartu SIM, atau WhatsApp berdampingan dengan WhatsApp Business, sering berarti pekerjaan dan kehidupan pribadi ada di satu ponsel. Jika ponsel diambil, kedua kehidupan itu jatuh ke tangan yang sama. Ponsel kerja yang terpisah paling aman.</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>Proses debug USB dan nirkabel aktif</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Proses debug USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>Proses debug USB dan opsi developer nonaktif</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>Proses debug USB dan komputer tepercaya</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>Otorisasi proses debug USB kedaluwarsa</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>Kedaluwarsa proses debug USB: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>Proses debug USB sekarang nonaktif. Sambungan telah berakhir, seperti yang diperkirakan.</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>Proses debug USB nonaktif di ponsel ini, jadi hardener tidak dapat berkomunikasi dengannya.</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>Proses debug USB aktif</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>Proses debug USB dibiarkan aktif, agar Anda dapat mencoba lagi.</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>Proses debug USB: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>Kode urungkan (ditampilkan saat perubahan dibuat): </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>Kode urungkan untuk perubahan ini: {code}   (tuliskan sekarang, simpan terpisah dari ponsel)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>Kode urungkan: {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>Urungkan perubahan itu?</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>Buka kunci ponsel dan ketuk "Izinkan" pada pesan "Izinkan proses debug USB?"…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>Sampai Anda memasukkan PIN lagi, sidik jari, wajah, dan Smart Lock tidak dapat membuka ponsel.</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>Mendesak</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>Akses penggunaan menunjukkan kepada aplikasi setiap aplikasi yang Anda buka, dan berapa lama. Aplikasi mata-mata menggunakannya untuk melaporkan tentang Anda. Sedikit aplikasi yang memerlukannya.</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>Akses penggunaan menunjukkan aplikasi mana yang Anda gunakan, dan kapan.</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>Akses penggunaan: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>Gunakan “Kunci sekarang” saat ponsel mungkin akan diambil</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>Gunakan PIN, bukan wajah atau jari Anda</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>Gunakan VPN yang selalu aktif</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>Gunakan ponsel yang tidak diketahui orang yang mengawasi untuk meminta bantuan</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>Gunakan nomor terpisah untuk bekerja</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>Gunakan ponsel atau SIM terpisah untuk bekerja</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>Gunakan kunci layar yang kuat</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>Pengguna/profil:</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN dan jaringan</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber: buat pesan menghilang</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>PERINGATAN: %n perubahan menyentuh aplikasi mata-mata, sesuai pilihan Anda (--touch-spying-apps).</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>Diawasi atau diperas oleh pasangan atau klien</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>WeChat tidak memiliki pesan sementara. Sebelum saat yang berisiko, buka Saya, lalu Pengaturan, lalu Umum, lalu Kelola Penyimpanan, dan hapus riwayat chat yang tidak Anda perlukan.</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>WeChat: hapus chat lama</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>Pekerjaan webcam dan konten</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>Apa yang disalin akun: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>Apa yang diubah</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>Apa yang ditemukan</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business: buat pesan menghilang</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp: buat pesan menghilang</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>Saat aplikasi meminta izin merekam atau mentransmisikan layar Anda, jangan pernah centang “Jangan tampilkan lagi”. Setelan ponsel tidak memiliki tombol untuk membatalkannya: biarkan hardener memblokirnya, atau hapus aplikasinya.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>Setelah hardener selesai, buka Setelan, lalu Opsi developer, dan nonaktifkan Proses debug nirkabel.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>Setelah hardener selesai, buka Setelan, lalu Opsi developer, ketuk “Cabut otorisasi proses debug USB” dan konfirmasi. Setiap komputer, termasuk yang ini, harus diizinkan lagi. Lalu nonaktifkan Proses debug USB.</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>Saat keadaan aman, buka Setelan, lalu Keamanan. Lihat sidik jari, wajah, dan perangkat tepercaya. Menghapus yang ditambahkan orang lain dapat membuat mereka curiga: rencanakan dulu.</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>Saat VPN terputus atau tersambung ulang, aplikasi dapat tersambung tanpa VPN sesaat. Aktifkan “Blokir koneksi tanpa VPN” agar itu tidak pernah terjadi.</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>Saat ponsel terkunci</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>Saat Anda login, Google dapat menyimpan apa yang Anda terjemahkan di akun Google Anda, jauh dari ponsel. hardener tidak dapat melihat atau menghapus salinan itu. Anda dapat menghapusnya sendiri.</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>Asal aplikasi: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>Selama ponsel dicolokkan, layarnya tidak pernah mati, jadi tidak pernah terkunci. Siapa pun dapat mengambilnya dari pengisi daya dan menggunakannya.</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>Siapa pun yang tahu sandi sebuah akun dapat melihat apa yang disimpannya (pesan, foto, kontak, lokasi) dari mana saja, tanpa ponsel. Pastikan Anda mengenal setiap akun di sini, dan pisahkan akun kerja dan akun pribadi.</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>Alasan: {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>Pemindaian Wi-Fi dan Bluetooth nonaktif</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>Pemindaian Wi-Fi dan Bluetooth: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>Kode penyambungan Wi-Fi yang ditampilkan di ponsel: </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>Pemindaian Wi-Fi saat Wi-Fi nonaktif</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>Windows Credential Manager, tempat hardener menyimpan kuncinya, tidak terbuka. Logout dari Windows lalu login lagi, lalu coba lagi.</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>Windows tidak mengizinkan hardener menggunakan sambungan USB ponsel secara langsung. Instal Platform-Tools dari Google dan driver USB ponsel, jalankan “adb devices” sekali, lalu pilih ponsel “melalui adb dari Google” di daftar.</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>Proses debug nirkabel nonaktif</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>Proses debug nirkabel aktif</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>Proses debug nirkabel: tidak dapat dibaca</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>Dengan Pemeriksaan Identitas, orang yang melihat Anda mengetik PIN tidak dapat menggunakannya saja untuk mengubah kunci atau menonaktifkan perlindungan. Ponsel ini memilikinya; fitur ini tidak terlihat aktif.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>Tanpa VPN, jaringan yang Anda gunakan dapat melihat situs dan aplikasi mana yang Anda gunakan.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>Tanpa VPN, jaringan yang Anda gunakan (hotel, Wi-Fi klien, operator seluler) dapat melihat situs dan aplikasi mana yang Anda hubungi. VPN menyembunyikannya dari mereka.</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>Tanpa kunci layar, jeda waktu ini tidak berguna. Setel PIN terlebih dahulu.</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>Tanpa enkripsi, isi ponsel dapat disalin dengan alat, bahkan saat terkunci. Ponsel lama dapat dienkripsi dari Setelan; ponsel yang lebih baru selalu terenkripsi.</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>Tanpa mikrofon dan kontak, aplikasi penerjemah menyimpan lebih sedikit tentang Anda.</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>Pekerjaan dan kehidupan pribadi</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>Perlu diperbaiki</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>Xiaomi Redmi Note 12 dengan MIUI 14 (Android 13) dengan “Proses debug USB (Setelan keamanan)” nonaktif: perubahan izin dan penulisan setelan aman ditolak.</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>Anda dapat melakukannya sendiri di aplikasi Setelan ponsel.</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>Hal-hal ini Anda lakukan sendiri di ponsel:</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>Anda memerlukan kode urungkan yang diberikan kepada Anda saat perubahan dilakukan.</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>Anda memerlukan kode urungkan ini: {code}. Simpan halaman ini terpisah dari ponsel.</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>Akun Google Anda mungkin menyimpan terjemahan Anda</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>Internet Anda melewati komputer lain</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>Keyboard Anda adalah {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>PIN, pola, atau sandi sudah disetel</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>Ruang Privasi</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>aplikasi ID penelepon</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>aplikasi penyimpanan cloud</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>aplikasi kencan</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>aplikasi pesan</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>aplikasi pemantau</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>izin</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>salinan kedua aplikasi (aplikasi ganda)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>aplikasi media sosial</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>aplikasi mata-mata</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>aplikasi penerjemah</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>profil kerja</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>layanan aksesibilitas</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>akun</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>diizinkan</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>sudah dilakukan</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>aplikasi</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>toko aplikasi</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>pengguna lain</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>ikon aplikasi</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>izin aplikasi</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>tanda tangan dan nama aplikasi</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>penyimpanan aplikasi</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>penggunaan aplikasi</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>aplikasi</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>pencadangan</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>diblokir</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>sensor tubuh</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>kalender</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>riwayat panggilan</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>kamera</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>dapat membaca notifikasi Anda</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>tidak dapat membaca notifikasi Anda</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>sertifikat yang ditambahkan ke ponsel</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>dihapus</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>komputer yang dipercaya untuk proses debug USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>kontak</translation>
  </message>
  <message>
   <source>default</source>
   <translation>default</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>aplikasi SMS dan telepon default</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>browser default</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>admin perangkat</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>tampil di atas aplikasi lain</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>dienkripsi</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>dienkripsi (berbasis file)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>dienkripsi (seluruh disk)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>entri {number} dalam catatan rusak ({problem}); periksa secara manual</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>sidik jari dan wajah</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>berikan kode penyambungan (enam digit yang ditampilkan ponsel).</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>hardener membandingkan setiap aplikasi di ponsel ini dengan daftar publik stalkerware (aplikasi penguntit). Tidak ada yang cocok. Daftar itu tidak lengkap: jika seseorang tampak mengetahui hal-hal yang seharusnya tidak mereka ketahui, cari bantuan untuk memeriksa lebih lanjut.</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>hardener tidak dapat membaca hal ini dari ponsel, jadi tidak dapat menyebutkan apa yang ada. Periksa sendiri di ponsel. Apa yang salah: {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>hardener tidak dapat menyimpan catatan urungkan di ponsel, jadi tidak mengubah apa pun. Pastikan ruang penyimpanan ponsel masih cukup, lalu coba lagi.</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>hardener tidak menemukan masalah dari yang dapat dibacanya, tetapi tidak dapat membaca semua yang diperlukan untuk hal ini, jadi tidak dapat memastikan bahwa semuanya baik. Periksa sendiri di ponsel. Yang kurang: {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>hardener mengalami masalah di salah satu pemeriksaannya sendiri ({check}), jadi bagian ponsel ini tidak dinilai. Harap laporkan; hasil lainnya tetap berlaku.</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>hardener tidak menyimpan apa pun lagi di komputer ini. Laporan yang Anda simpan sendiri tetap ada di tempat Anda menyimpannya.</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>hardener tidak mengenal aplikasi pesan apa pun di ponsel ini. Jika Anda menggunakannya, aktifkan pesan sementara di aplikasi itu.</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>hardener memerlukan Proses debug USB agar dapat bekerja. Setelah selesai, nonaktifkan: ponsel dengan proses debug aktif lebih mudah disalin isinya. Langkah terakhir, Selesai, melakukannya untuk Anda.</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>riwayat dan data yang disimpan di ponsel</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>memegang hak admin perangkat</translation>
  </message>
  <message>
   <source>location</source>
   <translation>lokasi</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>lokasi sepanjang waktu</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>terkunci total sampai PIN dimasukkan</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>macOS tidak mengizinkan hardener menggunakan sambungan USB ponsel secara langsung. Instal Platform-Tools dari Google, jalankan “adb devices” sekali, lalu pilih ponsel “melalui adb dari Google” di daftar.</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>pesan</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>mikrofon</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>perangkat di sekitar</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>tidak ada (siapa pun dapat membuka ponsel)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>normal</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>tidak diizinkan</translation>
  </message>
  <message>
   <source>off</source>
   <translation>nonaktif</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>sudah lama: tanyakan soal update</translation>
  </message>
  <message>
   <source>on</source>
   <translation>aktif</translation>
  </message>
  <message>
   <source>password</source>
   <translation>sandi</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>pola (mudah dilihat dan ditebak)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>dijeda</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>panggilan telepon</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>model ponsel dan versi Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>foto</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>foto dan file</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>membaca notifikasi</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>membaca layar</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>membaca {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>baru</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>kunci layar</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>perekaman layar</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>setelan</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>dilewati, ponsel melaporkan nama yang tidak aman: {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>hanya geser (siapa pun dapat membuka ponsel)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>dinonaktifkan</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>sinkronisasi</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>SMS</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>tidak diketahui</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>tidak diketahui (ponsel tidak menyebutkan)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>dapat digunakan</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>akses penggunaan</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>pengguna dan profil</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>ya</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} berperilaku seperti aplikasi mata-mata</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} dapat mencadangkan semua chat, foto, dan pesan suara Anda ke Google Drive. hardener tidak dapat melihat apakah aplikasi ini melakukannya, jadi harap periksa. Siapa pun yang masuk ke akun Google itu dapat membaca cadangannya.</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} dapat digunakan untuk mengawasi seseorang</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} dapat menyalin foto dan file ke cloud</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} dapat tampil di atas aplikasi lain</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} dapat menginstal aplikasi lain</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} dapat membaca semua notifikasi Anda</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} dapat membaca kontak Anda</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} dapat membaca lalu lintas internet Anda</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} dapat merekam layar Anda tanpa bertanya</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} dapat melihat dan mengendalikan layar Anda</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} dapat melihat aplikasi mana yang Anda gunakan dan kapan</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} dapat menggunakan: {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>{app} tidak berasal dari toko aplikasi</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} menerima SMS Anda</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} menangani panggilan Anda</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>{app} memiliki hak admin perangkat</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>{app} tidak memiliki ikon di daftar aplikasi</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} selalu aktif dan memblokir lalu lintas tanpanya</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} selalu aktif, tetapi lalu lintas dapat keluar tanpanya</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} menyimpan riwayat apa yang Anda terjemahkan</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>{app} sekarang hampir tidak menyimpan apa pun di ponsel</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} tahu persis di mana Anda berada</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>{app} mungkin menyalin chat Anda ke cloud</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>{app} mungkin mengunggah foto atau file Anda ke cloud-nya. hardener tidak dapat melihat apa yang diunggahnya, jadi harap periksa. Siapa pun yang masuk ke akun itu dapat melihatnya.</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} menyamar sebagai bagian dari Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} menyimpan lokasi Anda di setiap foto</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} membaca layar tanpa tercantum di daftar</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; tidak (tidak ada terminal untuk bertanya)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>Akun {service} {account} menyalin {data} Anda</translation>
  </message>
 </context>
</TS>
