<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
 <context>
  <name>ApplyPage</name>
  <message>
   <source>%v of %m changes done</source>
   <translation>Đã xong %v trên %m thay đổi</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Hủy</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Thay đổi</translation>
  </message>
  <message>
   <source>Changes and their state</source>
   <translation>Các thay đổi và trạng thái</translation>
  </message>
  <message>
   <source>Changes done so far</source>
   <translation>Các thay đổi đã thực hiện đến giờ</translation>
  </message>
  <message>
   <source>Changing the phone…</source>
   <translation>Đang thay đổi điện thoại…</translation>
  </message>
  <message>
   <source>Keep the phone plugged in. hardener writes an undo record on the phone first.</source>
   <translation>Hãy giữ điện thoại cắm vào máy tính. Trước tiên, hardener ghi một bản ghi hoàn tác lên điện thoại.</translation>
  </message>
  <message>
   <source>No, skip it</source>
   <translation>Không, bỏ qua</translation>
  </message>
  <message>
   <source>Question: this change cannot be undone</source>
   <translation>Câu hỏi: không thể hoàn tác thay đổi này</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Trạng thái</translation>
  </message>
  <message>
   <source>Stop changing the phone (Esc)</source>
   <translation>Dừng thay đổi điện thoại (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Đang dừng…</translation>
  </message>
  <message>
   <source>This change cannot be undone</source>
   <translation>Không thể hoàn tác thay đổi này</translation>
  </message>
  <message numerus="yes">
   <source>Yes, for all %n apps like this</source>
   <translation>
    <numerusform>Có, cho cả %n ứng dụng giống như vậy</numerusform>
   </translation>
  </message>
  <message>
   <source>Yes, make it</source>
   <translation>Có, thực hiện</translation>
  </message>
  <message>
   <source>{change}: {subject}
Now: {now}. After: {after}.
This cannot be undone. Make this change?</source>
   <translation>{change}: {subject}
Hiện tại: {now}. Sau đó: {after}.
Không thể hoàn tác việc này. Thực hiện thay đổi này?</translation>
  </message>
 </context>
 <context>
  <name>ChecklistRow</name>
  <message>
   <source>Checking…</source>
   <translation>Đang kiểm tra…</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Không kiểm tra được</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Đã xong</translation>
  </message>
  <message>
   <source>I did it</source>
   <translation>Tôi đã làm</translation>
  </message>
  <message>
   <source>I did it: check again</source>
   <translation>Tôi đã làm: kiểm tra lại</translation>
  </message>
  <message>
   <source>Not yet</source>
   <translation>Chưa xong</translation>
  </message>
  <message>
   <source>Stop checking</source>
   <translation>Dừng kiểm tra</translation>
  </message>
  <message>
   <source>To do</source>
   <translation>Cần làm</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is done.</source>
   <translation>hardener đã kiểm tra điện thoại: việc này đã xong.</translation>
  </message>
  <message>
   <source>hardener checked the phone: this is not done yet. Try the steps again.</source>
   <translation>hardener đã kiểm tra điện thoại: việc này chưa xong. Hãy làm lại các bước.</translation>
  </message>
  <message>
   <source>hardener could not check this on the phone. Make sure it is done.</source>
   <translation>hardener không kiểm tra được việc này trên điện thoại. Hãy chắc chắn rằng bạn đã làm xong.</translation>
  </message>
  <message>
   <source>hardener is reading the phone again…</source>
   <translation>hardener đang đọc lại điện thoại…</translation>
  </message>
  <message>
   <source>hardener reads the phone again to check this step</source>
   <translation>hardener đọc lại điện thoại để kiểm tra bước này</translation>
  </message>
 </context>
 <context>
  <name>FindingsPage</name>
  <message>
   <source>About the chosen finding</source>
   <translation>Về phát hiện đã chọn</translation>
  </message>
  <message>
   <source>Check again</source>
   <translation>Kiểm tra lại</translation>
  </message>
  <message>
   <source>Choose a line on the left to read about it.</source>
   <translation>Chọn một dòng bên trái để đọc thêm.</translation>
  </message>
  <message>
   <source>Choose what to change</source>
   <translation>Chọn những gì cần thay đổi</translation>
  </message>
  <message>
   <source>Choose your situation and see every change before it is made</source>
   <translation>Chọn tình huống của bạn và xem từng thay đổi trước khi thực hiện</translation>
  </message>
  <message>
   <source>Findings, grouped, most serious first</source>
   <translation>Các phát hiện, theo nhóm, nghiêm trọng nhất ở trên cùng</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Kết thúc</translation>
  </message>
  <message>
   <source>From the NSWP guide “Digital Security”, section: {section}</source>
   <translation>Trích từ hướng dẫn “An ninh kỹ thuật số” của NSWP, phần: {section}</translation>
  </message>
  <message>
   <source>How serious</source>
   <translation>Mức độ nghiêm trọng</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Tắt gỡ lỗi qua USB và kết thúc</translation>
  </message>
  <message>
   <source>What hardener found</source>
   <translation>Những gì hardener phát hiện</translation>
  </message>
  <message>
   <source>What hardener saw on the phone</source>
   <translation>Những gì hardener thấy trên điện thoại</translation>
  </message>
  <message>
   <source>What you can do</source>
   <translation>Bạn có thể làm gì</translation>
  </message>
  <message>
   <source>Why it matters</source>
   <translation>Vì sao điều này quan trọng</translation>
  </message>
  <message numerus="yes">
   <source>hardener found %n thing(s) to fix</source>
   <translation>
    <numerusform>hardener phát hiện %n điều cần khắc phục</numerusform>
   </translation>
  </message>
  <message>
   <source>hardener found nothing to fix in what it could check</source>
   <translation>hardener không phát hiện điều gì cần khắc phục trong những gì có thể kiểm tra</translation>
  </message>
  <message>
   <source>hardener found nothing urgent to fix</source>
   <translation>hardener không phát hiện điều gì cần khắc phục gấp</translation>
  </message>
 </context>
 <context>
  <name>FinishPage</name>
  <message numerus="yes">
   <source>%n thing(s) are still to do on the phone. Only you can do them.</source>
   <translation>
    <numerusform>Còn %n việc cần làm trên điện thoại. Chỉ bạn mới làm được những việc này.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Tệp PDF hoặc trang web, lưu ở nơi bạn chọn</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Quay lại</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Hủy</translation>
  </message>
  <message>
   <source>Ends the connection to the phone</source>
   <translation>Ngắt kết nối với điện thoại</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Kết thúc</translation>
  </message>
  <message>
   <source>It could not be erased, so USB debugging was left on. Go back and try Finish again.</source>
   <translation>Không xóa được bản ghi nên gỡ lỗi qua USB vẫn được để bật. Hãy quay lại và thử nhấn Kết thúc lần nữa.</translation>
  </message>
  <message>
   <source>Keep the possibility to undo later. Someone who searches the phone can see that its settings were changed.</source>
   <translation>Giữ khả năng hoàn tác về sau. Người lục soát điện thoại có thể thấy rằng cài đặt của nó đã bị thay đổi.</translation>
  </message>
  <message>
   <source>Make the phone forget this computer</source>
   <translation>Làm cho điện thoại quên máy tính này</translation>
  </message>
  <message>
   <source>Next person: clear everything</source>
   <translation>Người tiếp theo: xóa mọi thứ</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options (often under “System”). If you cannot find Developer options, it is already off: you are done.</source>
   <translation>Trên điện thoại, mở Cài đặt, rồi Tùy chọn cho nhà phát triển (thường nằm trong “Hệ thống”). Nếu không tìm thấy Tùy chọn cho nhà phát triển thì tùy chọn này đã tắt: bạn đã xong.</translation>
  </message>
  <message>
   <source>Removes everything about this phone from the screen and memory</source>
   <translation>Xóa mọi thông tin về điện thoại này khỏi màn hình và bộ nhớ</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Đã lưu báo cáo: {path}</translation>
  </message>
  <message>
   <source>Save a report first</source>
   <translation>Hãy lưu báo cáo trước</translation>
  </message>
  <message>
   <source>See what is still to do</source>
   <translation>Xem những việc còn phải làm</translation>
  </message>
  <message>
   <source>Stop (Esc)</source>
   <translation>Dừng (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging</source>
   <translation>Tắt gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>Switch “Use developer options” off, at the top of the screen.</source>
   <translation>Tắt “Sử dụng tùy chọn cho nhà phát triển” ở đầu màn hình.</translation>
  </message>
  <message>
   <source>Switching off USB debugging…</source>
   <translation>Đang tắt gỡ lỗi qua USB…</translation>
  </message>
  <message>
   <source>Tap “Revoke USB debugging authorisations”, then “OK”.</source>
   <translation>Nhấn “Thu hồi quyền gỡ lỗi qua USB”, rồi nhấn “OK”.</translation>
  </message>
  <message>
   <source>The phone did not confirm. Switch it off on the phone: follow the steps below.</source>
   <translation>Điện thoại không xác nhận. Hãy tắt trên điện thoại: làm theo các bước dưới đây.</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Không lưu được báo cáo: {problem}</translation>
  </message>
  <message>
   <source>The undo record is still on the phone</source>
   <translation>Bản ghi hoàn tác vẫn còn trên điện thoại</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Việc này mất vài giây.</translation>
  </message>
  <message>
   <source>To undo later you will need the undo code you were given.</source>
   <translation>Để hoàn tác về sau, bạn sẽ cần mã hoàn tác đã được cung cấp cho bạn.</translation>
  </message>
  <message>
   <source>To undo later you will need this undo code: %1. Keep it apart from the phone.</source>
   <translation>Để hoàn tác về sau, bạn sẽ cần mã hoàn tác này: %1. Hãy cất giữ mã ở nơi khác, không để cùng điện thoại.</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Gỡ lỗi qua USB đã tắt</translation>
  </message>
  <message>
   <source>USB debugging may still be on</source>
   <translation>Gỡ lỗi qua USB có thể vẫn đang bật</translation>
  </message>
  <message>
   <source>Unplug the phone.</source>
   <translation>Rút điện thoại ra khỏi máy tính.</translation>
  </message>
  <message>
   <source>You can unplug the phone. One last step on the phone:</source>
   <translation>Bạn có thể rút điện thoại ra. Còn một bước cuối cùng trên điện thoại:</translation>
  </message>
  <message>
   <source>hardener now switches off USB debugging and Developer options on the phone. The phone then disconnects: that is expected.</source>
   <translation>Bây giờ hardener sẽ tắt gỡ lỗi qua USB và Tùy chọn cho nhà phát triển trên điện thoại. Sau đó điện thoại sẽ ngắt kết nối: điều này là bình thường.</translation>
  </message>
 </context>
 <context>
  <name>GuideQuote</name>
  <message>
   <source>Biometric data such as fingerprints and iris scans are used in passports and at borders, which is troubling when sex workers are prohibited migrants.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Dữ liệu sinh trắc học như vân tay và ảnh quét mống mắt được dùng trong hộ chiếu và tại biên giới, điều này rất đáng lo ngại khi người lao động tình dục là người di cư bị cấm nhập cảnh.</translation>
  </message>
  <message>
   <source>Data can be gathered through many channels such as web pages, apps, mobile banking systems, and biometrics without the knowledge or active consent of sex workers, which constitutes unacceptable risks to sex workers’ safety and privacy.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Dữ liệu có thể được thu thập qua nhiều kênh như trang web, ứng dụng, hệ thống ngân hàng di động và sinh trắc học mà người lao động tình dục không hề biết hoặc không chủ động đồng ý, tạo ra những rủi ro không thể chấp nhận đối với sự an toàn và quyền riêng tư của người lao động tình dục.</translation>
  </message>
  <message>
   <source>Data protection, censorship, organising, safety and privacy issues</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Các vấn đề về bảo vệ dữ liệu, kiểm duyệt, tổ chức, an toàn và quyền riêng tư</translation>
  </message>
  <message>
   <source>Digital technologies, such as mobile applications and biometric surveillance practices, can also be used to find, count, identify, track, trace, and punish sex workers;</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Công nghệ kỹ thuật số, như ứng dụng di động và các biện pháp giám sát bằng sinh trắc học, cũng có thể được dùng để tìm kiếm, đếm, nhận dạng, theo dõi, truy vết và trừng phạt người lao động tình dục;</translation>
  </message>
  <message>
   <source>During the confinement, there was a sort of “hunt” for sex workers via the networks [Grindr].</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Trong thời gian phong tỏa, đã có một kiểu “săn lùng” người lao động tình dục qua các mạng [Grindr].</translation>
  </message>
  <message>
   <source>Facebook’s ‘People You May Know’ algorithm11 is known to pool user information from different platforms and devices into Facebook, causing sex workers’ private accounts to be visible on clients’ or family members’ screens, therefore removing the safety protections established by sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Thuật toán “Những người bạn có thể biết” của Facebook được biết là gom thông tin người dùng từ nhiều nền tảng và thiết bị khác nhau vào Facebook, khiến tài khoản riêng tư của người lao động tình dục hiện lên trên màn hình của khách hàng hoặc người thân trong gia đình, do đó làm mất đi các biện pháp bảo vệ an toàn mà người lao động tình dục đã thiết lập.</translation>
  </message>
  <message>
   <source>For example, when sex workers are arrested, their phones can be used to get incriminating information to blackmail and get bribes from them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Ví dụ, khi người lao động tình dục bị bắt, điện thoại của họ có thể bị dùng để lấy thông tin buộc tội nhằm tống tiền và đòi hối lộ từ họ.</translation>
  </message>
  <message>
   <source>Good practices</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Các thực hành tốt</translation>
  </message>
  <message>
   <source>Harmful laws governing digital spaces and their impact on privacy, safety and wellbeing of sex workers</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Các luật có hại điều chỉnh không gian kỹ thuật số và tác động của chúng đến quyền riêng tư, sự an toàn và sức khỏe của người lao động tình dục</translation>
  </message>
  <message>
   <source>Introduction</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Giới thiệu</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Cơ quan thực thi pháp luật cũng lục soát điện thoại của người lao động tình dục khi họ bị bắt, đặc biệt chú ý đến tin nhắn và lịch sử Google Dịch của họ.</translation>
  </message>
  <message>
   <source>Law enforcement also go through sex workers’ phones when they are arrested, paying special attention to their messages and Google Translate history. This is then used to prove that they are sex workers, and they’re then sentenced and/or deported.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Cơ quan thực thi pháp luật cũng lục soát điện thoại của người lao động tình dục khi họ bị bắt, đặc biệt chú ý đến tin nhắn và lịch sử Google Dịch của họ. Những thông tin này sau đó được dùng để chứng minh họ là người lao động tình dục, rồi họ bị kết án và/hoặc bị trục xuất.</translation>
  </message>
  <message>
   <source>Literature review</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Tổng quan tài liệu</translation>
  </message>
  <message>
   <source>Many members mentioned instances of sensitive data being acquired by individuals looking for ways to exploit and abuse sex workers through blackmail and threats.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Nhiều thành viên kể về những trường hợp dữ liệu nhạy cảm rơi vào tay những kẻ tìm cách bóc lột và ngược đãi người lao động tình dục bằng cách tống tiền và đe dọa.</translation>
  </message>
  <message>
   <source>Many respondents also reported that police target websites, social media platforms and dating apps to gather information on sex workers, to demand money or sex.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Nhiều người trả lời cũng cho biết cảnh sát nhắm vào các trang web, mạng xã hội và ứng dụng hẹn hò để thu thập thông tin về người lao động tình dục, nhằm đòi tiền hoặc đòi quan hệ tình dục.</translation>
  </message>
  <message>
   <source>Mapping the venues or physical locations frequented by sex workers is extremely sensitive and potentially dangerous.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Việc lập bản đồ các địa điểm hay nơi chốn mà người lao động tình dục thường lui tới là cực kỳ nhạy cảm và có thể gây nguy hiểm.</translation>
  </message>
  <message>
   <source>Recommendations</source>
   <comment>A section heading of the NSWP Smart Guide.</comment>
   <translation>Khuyến nghị</translation>
  </message>
  <message>
   <source>Service providers and sex workers must be aware of how these online platforms and applications might use or share the data collected with third parties such as advertisers, shareholders, and even governments.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Các nhà cung cấp dịch vụ và người lao động tình dục cần biết các nền tảng và ứng dụng trực tuyến này có thể sử dụng hoặc chia sẻ dữ liệu thu thập được với bên thứ ba như nhà quảng cáo, cổ đông, và thậm chí cả chính phủ như thế nào.</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Một số thực hành an ninh kỹ thuật số mà người lao động tình dục áp dụng gồm có sử dụng VPN (mạng riêng ảo), dùng điện thoại và thẻ SIM riêng cho công việc và đời sống cá nhân,</translation>
  </message>
  <message>
   <source>Some digital security practices sex workers adopt include VPN (virtual private network) use, having separate phones and SIM cards for work and private life, password protection, using encryption,</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Một số thực hành an ninh kỹ thuật số mà người lao động tình dục áp dụng gồm có sử dụng VPN (mạng riêng ảo), dùng điện thoại và thẻ SIM riêng cho công việc và đời sống cá nhân, bảo vệ bằng mật khẩu, sử dụng mã hóa,</translation>
  </message>
  <message>
   <source>The Criminal Procedure Code (CPC) allows police officers or appointed third parties to obtain any data that is deemed necessary without judicial authorisation.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Bộ luật Tố tụng Hình sự (CPC) cho phép cảnh sát hoặc bên thứ ba được chỉ định thu thập bất kỳ dữ liệu nào được cho là cần thiết mà không cần sự cho phép của tòa án.</translation>
  </message>
  <message>
   <source>The revelation of people’s sex work status by others is a big threat. There is always a risk of clients finding the personal account of sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Việc bị người khác tiết lộ rằng mình là người lao động tình dục là một mối đe dọa lớn. Luôn có nguy cơ khách hàng tìm ra tài khoản cá nhân của người lao động tình dục.</translation>
  </message>
  <message>
   <source>The use of biometrics, data mining and harvesting, micro-targeting, geo-mapping, etc. in digital interventions with sex workers is fraught with danger and undermines the effectiveness of service delivery.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Việc sử dụng sinh trắc học, khai thác và thu gom dữ liệu, nhắm mục tiêu vi mô, lập bản đồ địa lý, v.v. trong các can thiệp kỹ thuật số với người lao động tình dục đầy rẫy nguy hiểm và làm suy giảm hiệu quả cung cấp dịch vụ.</translation>
  </message>
  <message>
   <source>There are instances of sex workers’ photos or videos from cam shows are captured by individuals who then use those to blackmail them.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Có những trường hợp ảnh hoặc video của người lao động tình dục từ các buổi diễn qua webcam bị người khác ghi lại, rồi dùng để tống tiền họ.</translation>
  </message>
  <message>
   <source>This is also common in many countries when a sex worker is arrested, and the police confiscate their phone in order to acquire information about other sex workers.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Điều này cũng phổ biến ở nhiều nước: khi một người lao động tình dục bị bắt, cảnh sát tịch thu điện thoại của họ để lấy thông tin về những người lao động tình dục khác.</translation>
  </message>
  <message>
   <source>This, in turn, can cause sex workers to be outed, ‘doxxed’ (revealing identifying information of someone online), harassed, stalked, blackmailed or to face other abusive behaviours that put their well-being and lives in danger.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>Đến lượt mình, điều này có thể khiến người lao động tình dục bị lộ danh tính, bị “doxx” (bị tiết lộ thông tin nhận dạng trên mạng), bị quấy rối, bị đeo bám, bị tống tiền hoặc phải đối mặt với những hành vi lạm dụng khác đe dọa đến sức khỏe và tính mạng của họ.</translation>
  </message>
  <message>
   <source>any kind of data collection can threaten sex workers’ privacy and security if it ends up in the wrong hands.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>bất kỳ hình thức thu thập dữ liệu nào cũng có thể đe dọa quyền riêng tư và sự an toàn của người lao động tình dục nếu dữ liệu rơi vào tay kẻ xấu.</translation>
  </message>
  <message>
   <source>choosing browsers, platforms, email providers, apps and other communication tools that offer better data protection and privacy options.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>chọn trình duyệt, nền tảng, nhà cung cấp email, ứng dụng và các công cụ liên lạc khác có tùy chọn bảo vệ dữ liệu và quyền riêng tư tốt hơn.</translation>
  </message>
  <message>
   <source>many sex workers prefer to have a separate online identity for work.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>nhiều người lao động tình dục muốn có một danh tính trực tuyến riêng cho công việc.</translation>
  </message>
  <message>
   <source>sensitive data can end up in the hands of people who wants to harm sex workers even when it is thought to be safe.</source>
   <comment>A passage of the NSWP Smart Guide. It is shown in English as a quote; your translation is shown under it.</comment>
   <translation>dữ liệu nhạy cảm có thể rơi vào tay những kẻ muốn làm hại người lao động tình dục, ngay cả khi người ta nghĩ rằng nó an toàn.</translation>
  </message>
 </context>
 <context>
  <name>LeaveFast</name>
  <message>
   <source>Documents</source>
   <translation>Tài liệu</translation>
  </message>
  <message>
   <source>Hide this window now and clear everything it shows</source>
   <translation>Ẩn cửa sổ này ngay và xóa mọi thứ nó đang hiển thị</translation>
  </message>
  <message>
   <source>Leave fast (F12)</source>
   <translation>Rời đi nhanh (F12)</translation>
  </message>
 </context>
 <context>
  <name>LeaveQuestion</name>
  <message>
   <source>Cancel</source>
   <translation>Hủy</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Kết thúc</translation>
  </message>
  <message>
   <source>Finish switches USB debugging off and erases the undo record. Left on, it is a way into the phone for whoever holds it next.</source>
   <translation>Kết thúc sẽ tắt gỡ lỗi qua USB và xóa bản ghi hoàn tác. Nếu để bật, đó là một lối vào điện thoại cho bất kỳ ai cầm nó tiếp theo.</translation>
  </message>
  <message>
   <source>Leave anyway</source>
   <translation>Vẫn rời đi</translation>
  </message>
  <message>
   <source>The phone is being changed right now. Leaving now can leave a change half made.</source>
   <translation>Điện thoại đang được thay đổi. Rời đi lúc này có thể để lại một thay đổi làm dở dang.</translation>
  </message>
  <message>
   <source>USB debugging is still on</source>
   <translation>Gỡ lỗi qua USB vẫn đang bật</translation>
  </message>
  <message>
   <source>USB debugging is still on: finish first?</source>
   <translation>Gỡ lỗi qua USB vẫn đang bật: kết thúc trước nhé?</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;Help</source>
   <translation>&amp;Trợ giúp</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Ngôn ngữ</translation>
  </message>
  <message>
   <source>&amp;Next person: clear everything</source>
   <translation>&amp;Người tiếp theo: xóa mọi thứ</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;Thoát</translation>
  </message>
  <message>
   <source>&amp;Session</source>
   <translation>&amp;Phiên làm việc</translation>
  </message>
  <message>
   <source>&amp;Text size</source>
   <translation>&amp;Cỡ chữ</translation>
  </message>
  <message>
   <source>Bigger text</source>
   <translation>Chữ to hơn</translation>
  </message>
  <message>
   <source>Checking stopped. Nothing was changed on the phone.</source>
   <translation>Đã dừng kiểm tra. Không có gì bị thay đổi trên điện thoại.</translation>
  </message>
  <message>
   <source>How to switch on &amp;USB debugging</source>
   <translation>Cách bật gỡ lỗi qua &amp;USB</translation>
  </message>
  <message>
   <source>Large</source>
   <translation>Lớn</translation>
  </message>
  <message>
   <source>Larger</source>
   <translation>Lớn hơn</translation>
  </message>
  <message>
   <source>Largest</source>
   <translation>Lớn nhất</translation>
  </message>
  <message>
   <source>Normal</source>
   <translation>Bình thường</translation>
  </message>
  <message>
   <source>Phone: {name}</source>
   <translation>Điện thoại: {name}</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Điện thoại tập dượt (không phải điện thoại thật)</translation>
  </message>
  <message>
   <source>Smaller text</source>
   <translation>Chữ nhỏ hơn</translation>
  </message>
  <message>
   <source>Stopped. The phone is not connected.</source>
   <translation>Đã dừng. Điện thoại không được kết nối.</translation>
  </message>
  <message>
   <source>hardener: check and protect a phone</source>
   <translation>hardener: kiểm tra và bảo vệ điện thoại</translation>
  </message>
 </context>
 <context>
  <name>Outcome</name>
  <message>
   <source>Already fine</source>
   <translation>Đã ổn</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Không thể hoàn tác</translation>
  </message>
  <message>
   <source>Changing…</source>
   <translation>Đang thay đổi…</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Đã khắc phục</translation>
  </message>
  <message>
   <source>Maybe changed</source>
   <translation>Có thể đã thay đổi</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Chưa khắc phục</translation>
  </message>
  <message>
   <source>Not put back</source>
   <translation>Chưa khôi phục</translation>
  </message>
  <message>
   <source>Put back</source>
   <translation>Đã khôi phục</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Đã bỏ qua</translation>
  </message>
  <message>
   <source>The phone did not accept the change. Some phones block it.</source>
   <translation>Điện thoại không chấp nhận thay đổi. Một số điện thoại chặn việc này.</translation>
  </message>
  <message>
   <source>The phone did not take the old value back.</source>
   <translation>Điện thoại không nhận lại giá trị cũ.</translation>
  </message>
  <message>
   <source>The phone said: {detail}</source>
   <translation>Điện thoại báo: {detail}</translation>
  </message>
  <message>
   <source>The phone was already set this way.</source>
   <translation>Điện thoại đã được đặt như vậy từ trước.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Đang chờ</translation>
  </message>
  <message>
   <source>Working…</source>
   <translation>Đang xử lý…</translation>
  </message>
  <message>
   <source>You chose not to make this change.</source>
   <translation>Bạn đã chọn không thực hiện thay đổi này.</translation>
  </message>
  <message>
   <source>hardener could not read the setting back, so it cannot say it worked.</source>
   <translation>hardener không đọc lại được cài đặt này, nên không thể nói là đã thành công.</translation>
  </message>
 </context>
 <context>
  <name>OutcomePage</name>
  <message numerus="yes">
   <source>%n already fine.</source>
   <translation>
    <numerusform>%n mục đã ổn.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n fixed.</source>
   <translation>
    <numerusform>Đã khắc phục %n mục.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n not fixed: see why below.</source>
   <translation>
    <numerusform>%n mục chưa khắc phục: xem lý do bên dưới.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n skipped.</source>
   <translation>
    <numerusform>Đã bỏ qua %n mục.</numerusform>
   </translation>
  </message>
  <message>
   <source>A PDF or a web page, where you choose</source>
   <translation>Tệp PDF hoặc trang web, lưu ở nơi bạn chọn</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Thay đổi</translation>
  </message>
  <message>
   <source>Check the phone again and make the refused changes</source>
   <translation>Kiểm tra lại điện thoại và thực hiện các thay đổi bị từ chối</translation>
  </message>
  <message>
   <source>Done</source>
   <translation>Đã xong</translation>
  </message>
  <message>
   <source>Done, with problems</source>
   <translation>Đã xong, có vấn đề</translation>
  </message>
  <message>
   <source>Done. This cannot be undone.</source>
   <translation>Đã xong. Không thể hoàn tác việc này.</translation>
  </message>
  <message>
   <source>Every change and its result</source>
   <translation>Từng thay đổi và kết quả</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Kết thúc</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Khôi phục các giá trị trước đây</translation>
  </message>
  <message>
   <source>Report saved: {path}</source>
   <translation>Đã lưu báo cáo: {path}</translation>
  </message>
  <message>
   <source>Result</source>
   <translation>Kết quả</translation>
  </message>
  <message>
   <source>Save a report</source>
   <translation>Lưu báo cáo</translation>
  </message>
  <message numerus="yes">
   <source>Still to do on the phone: %n</source>
   <translation>
    <numerusform>Còn phải làm trên điện thoại: %n</numerusform>
   </translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Tắt gỡ lỗi qua USB và kết thúc</translation>
  </message>
  <message>
   <source>The report could not be saved: {problem}</source>
   <translation>Không lưu được báo cáo: {problem}</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Thử lại</translation>
  </message>
  <message>
   <source>Undo code: %1. You need it only to undo these changes later from another computer. Write it down and keep it apart from the phone.</source>
   <translation>Mã hoàn tác: %1. Bạn chỉ cần mã này để hoàn tác các thay đổi này về sau từ một máy tính khác. Hãy ghi lại và cất giữ ở nơi khác, không để cùng điện thoại.</translation>
  </message>
  <message>
   <source>Undo these changes</source>
   <translation>Hoàn tác các thay đổi này</translation>
  </message>
  <message>
   <source>What only you can do on the phone, checked again</source>
   <translation>Những việc chỉ bạn làm được trên điện thoại, đã kiểm tra lại</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Lý do</translation>
  </message>
 </context>
 <context>
  <name>PairHelp</name>
  <message>
   <source>If there is no “Developer options”, switch them on first: follow “How to switch on USB debugging” up to “Developer options”. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Nếu không có “Tùy chọn cho nhà phát triển”, hãy bật trước: làm theo “Cách bật gỡ lỗi qua USB” cho đến bước “Tùy chọn cho nhà phát triển”. Điện thoại và máy tính này phải dùng cùng một mạng Wi-Fi.</translation>
  </message>
  <message>
   <source>On the “Wireless debugging” screen, the address under “IP address &amp; Port” is the one for connecting. Its port is not the pairing port. Type it below too.</source>
   <translation>Trên màn hình “Gỡ lỗi không dây”, địa chỉ ghi dưới “Địa chỉ IP và cổng” là địa chỉ để kết nối. Cổng của địa chỉ này không phải là cổng ghép nối. Hãy nhập cả địa chỉ này vào bên dưới.</translation>
  </message>
  <message>
   <source>Open Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Mở Cài đặt và tìm “Tùy chọn cho nhà phát triển”. Mục này thường nằm trong “Hệ thống”. Bạn cũng có thể gõ “nhà phát triển” vào ô tìm kiếm ở đầu Cài đặt.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Mở Cài đặt. Nhấn “Cài đặt bổ sung” (hoặc “Cài đặt hệ thống”), rồi nhấn “Tùy chọn cho nhà phát triển”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Mở Cài đặt. Nhấn “Cài đặt bổ sung”, rồi nhấn “Tùy chọn cho nhà phát triển”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Mở Cài đặt. Nhấn “Hệ thống và cập nhật”, rồi nhấn “Tùy chọn cho nhà phát triển”.</translation>
  </message>
  <message>
   <source>Open Settings. Tap “System”, then “Developer options”.</source>
   <translation>Mở Cài đặt. Nhấn “Hệ thống”, rồi nhấn “Tùy chọn cho nhà phát triển”.</translation>
  </message>
  <message>
   <source>Open Settings. “Developer options” is at the very bottom: tap it.</source>
   <translation>Mở Cài đặt. “Tùy chọn cho nhà phát triển” nằm ở dưới cùng: hãy nhấn vào đó.</translation>
  </message>
  <message>
   <source>Switch on “Wireless debugging”. The phone asks “Allow wireless debugging on this network?”: tap “Allow”.</source>
   <translation>Bật “Gỡ lỗi không dây”. Điện thoại hỏi “Cho phép gỡ lỗi không dây trên mạng này?”: nhấn “Cho phép”.</translation>
  </message>
  <message>
   <source>Tap the words “Wireless debugging” (not the switch) to open its screen. Then tap “Pair device with pairing code”.</source>
   <translation>Nhấn vào chữ “Gỡ lỗi không dây” (không phải nút gạt) để mở màn hình của mục này. Sau đó nhấn “Ghép nối thiết bị bằng mã ghép nối”.</translation>
  </message>
  <message>
   <source>The phone shows a six-digit “Wi-Fi pairing code” and an “IP address &amp; Port”. Type both below. Keep this window open on the phone until hardener says it is connected.</source>
   <translation>Điện thoại hiện một “Mã ghép nối Wi-Fi” gồm sáu chữ số và một “Địa chỉ IP và cổng”. Hãy nhập cả hai vào bên dưới. Giữ cửa sổ này mở trên điện thoại cho đến khi hardener báo đã kết nối.</translation>
  </message>
 </context>
 <context>
  <name>PairPage</name>
  <message>
   <source>Address for connecting (IP address &amp; Port):</source>
   <translation>Địa chỉ để kết nối (Địa chỉ IP và cổng):</translation>
  </message>
  <message>
   <source>Address for connecting, for example 192.168.1.20:41235</source>
   <translation>Địa chỉ để kết nối, ví dụ 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Quay lại</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with a pairing code</source>
   <translation>Kết nối qua Wi-Fi bằng mã ghép nối</translation>
  </message>
  <message>
   <source>For phones with Android 11 or newer, without a cable. Google's “adb” program (Platform-Tools) does the pairing. The phone then trusts that program's key, which it keeps in a file in this computer's home folder (.android/adbkey), not hardener's own key. Google's adb also keeps a list of the phones it paired with in that folder (.android/adb_known_hosts.pb): someone who searches this computer can see that phones were paired. hardener does not erase it.</source>
   <translation>Dành cho điện thoại Android 11 trở lên, không cần cáp. Chương trình “adb” của Google (Platform-Tools) thực hiện việc ghép nối. Sau đó điện thoại tin cậy khóa của chương trình đó, được lưu trong một tệp ở thư mục chính của máy tính này (.android/adbkey), chứ không phải khóa riêng của hardener. adb của Google cũng lưu danh sách các điện thoại đã ghép nối trong thư mục đó (.android/adb_known_hosts.pb): người lục soát máy tính này có thể thấy rằng đã có điện thoại được ghép nối. hardener không xóa tệp đó.</translation>
  </message>
  <message>
   <source>Google's “adb” program, version {version}, will do the pairing ({path}).</source>
   <translation>Chương trình “adb” của Google, phiên bản {version}, sẽ thực hiện việc ghép nối ({path}).</translation>
  </message>
  <message>
   <source>Looking for Google's “adb” program on this computer…</source>
   <translation>Đang tìm chương trình “adb” của Google trên máy tính này…</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Hãng điện thoại</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Điện thoại khác</translation>
  </message>
  <message>
   <source>Pair and connect</source>
   <translation>Ghép nối và kết nối</translation>
  </message>
  <message>
   <source>Pairing address and port, for example 192.168.1.20:37123</source>
   <translation>Địa chỉ và cổng ghép nối, ví dụ 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Pairing address and port:</source>
   <translation>Địa chỉ và cổng ghép nối:</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer. {reason}</source>
   <translation>Không thể ghép nối từ máy tính này. {reason}</translation>
  </message>
  <message>
   <source>Type the three things the phone shows first: the pairing address, the code, and the address for connecting.</source>
   <translation>Trước tiên, hãy nhập ba thông tin mà điện thoại hiển thị: địa chỉ ghép nối, mã, và địa chỉ để kết nối.</translation>
  </message>
  <message>
   <source>Use a USB cable instead</source>
   <translation>Dùng cáp USB</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code, six digits</source>
   <translation>Mã ghép nối Wi-Fi, sáu chữ số</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code:</source>
   <translation>Mã ghép nối Wi-Fi:</translation>
  </message>
  <message>
   <source>hardener could not run Google's “adb” program.</source>
   <translation>hardener không chạy được chương trình “adb” của Google.</translation>
  </message>
 </context>
 <context>
  <name>PhoneScreens</name>
  <message>
   <source>About phone</source>
   <translation>Giới thiệu về điện thoại</translation>
  </message>
  <message>
   <source>Additional settings</source>
   <translation>Cài đặt bổ sung</translation>
  </message>
  <message>
   <source>Allow</source>
   <translation>Cho phép</translation>
  </message>
  <message>
   <source>Allow ADB debugging in charge-only mode</source>
   <translation>Cho phép gỡ lỗi ADB ở chế độ chỉ sạc</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Cho phép gỡ lỗi qua USB?</translation>
  </message>
  <message>
   <source>Allow wireless debugging on this network?</source>
   <translation>Cho phép gỡ lỗi không dây trên mạng này?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Luôn cho phép từ máy tính này</translation>
  </message>
  <message>
   <source>Android version</source>
   <translation>Phiên bản Android</translation>
  </message>
  <message>
   <source>Apps</source>
   <translation>Ứng dụng</translation>
  </message>
  <message>
   <source>Battery</source>
   <translation>Pin</translation>
  </message>
  <message>
   <source>Build number</source>
   <translation>Số bản dựng</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Hủy</translation>
  </message>
  <message>
   <source>Charging only</source>
   <translation>Chỉ sạc</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Từ chối</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Tùy chọn cho nhà phát triển</translation>
  </message>
  <message>
   <source>Device name</source>
   <translation>Tên thiết bị</translation>
  </message>
  <message>
   <source>Display</source>
   <translation>Màn hình</translation>
  </message>
  <message>
   <source>File transfer</source>
   <translation>Truyền tệp</translation>
  </message>
  <message>
   <source>IP address &amp; Port: 192.168.1.20:41235</source>
   <translation>Địa chỉ IP và cổng: 192.168.1.20:41235</translation>
  </message>
  <message>
   <source>MIUI version / OS version</source>
   <translation>Phiên bản MIUI / Phiên bản OS</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Kiểu máy</translation>
  </message>
  <message>
   <source>Network &amp; internet</source>
   <translation>Mạng và Internet</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>OK</translation>
  </message>
  <message>
   <source>Pair device with QR code</source>
   <translation>Ghép nối thiết bị bằng mã QR</translation>
  </message>
  <message>
   <source>Pair device with pairing code</source>
   <translation>Ghép nối thiết bị bằng mã ghép nối</translation>
  </message>
  <message>
   <source>Pair with device</source>
   <translation>Ghép nối với thiết bị</translation>
  </message>
  <message>
   <source>Picture of a phone screen</source>
   <translation>Hình màn hình điện thoại</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations</source>
   <translation>Thu hồi quyền gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>Revoke access to USB debugging from all computers you've previously authorised?</source>
   <translation>Thu hồi quyền truy cập gỡ lỗi qua USB khỏi tất cả máy tính mà bạn đã cho phép trước đây?</translation>
  </message>
  <message>
   <source>Security</source>
   <translation>Bảo mật</translation>
  </message>
  <message>
   <source>Settings</source>
   <translation>Cài đặt</translation>
  </message>
  <message>
   <source>Software information</source>
   <translation>Thông tin phần mềm</translation>
  </message>
  <message>
   <source>Stay awake</source>
   <translation>Luôn bật màn hình</translation>
  </message>
  <message>
   <source>System</source>
   <translation>Hệ thống</translation>
  </message>
  <message>
   <source>System &amp; updates</source>
   <translation>Hệ thống và cập nhật</translation>
  </message>
  <message>
   <source>Tap: {row}</source>
   <translation>Nhấn: {row}</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is: 5C:1E:…</source>
   <translation>Vân tay khóa RSA của máy tính là: 5C:1E:…</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>USB debugging (Security settings)</source>
   <translation>Gỡ lỗi USB (Cài đặt bảo mật)</translation>
  </message>
  <message>
   <source>USB debugging is intended for development purposes only.</source>
   <translation>Gỡ lỗi qua USB chỉ dành cho mục đích phát triển.</translation>
  </message>
  <message>
   <source>Use USB for</source>
   <translation>Sử dụng USB để</translation>
  </message>
  <message>
   <source>Use developer options</source>
   <translation>Sử dụng tùy chọn cho nhà phát triển</translation>
  </message>
  <message>
   <source>Use wireless debugging</source>
   <translation>Sử dụng tính năng gỡ lỗi không dây</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Phiên bản</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code: 482915
IP address &amp; Port: 192.168.1.20:37123</source>
   <translation>Mã ghép nối Wi-Fi: 482915
Địa chỉ IP và cổng: 192.168.1.20:37123</translation>
  </message>
  <message>
   <source>Wireless debugging</source>
   <translation>Gỡ lỗi không dây</translation>
  </message>
  <message>
   <source>You are now a developer!</source>
   <translation>Bạn đã là nhà phát triển!</translation>
  </message>
 </context>
 <context>
  <name>PracticePromptPanel</name>
  <message>
   <source>Allow</source>
   <translation>Cho phép</translation>
  </message>
  <message>
   <source>Allow USB debugging?</source>
   <translation>Cho phép gỡ lỗi qua USB?</translation>
  </message>
  <message>
   <source>Always allow from this computer</source>
   <translation>Luôn cho phép từ máy tính này</translation>
  </message>
  <message>
   <source>Deny</source>
   <translation>Từ chối</translation>
  </message>
  <message>
   <source>On the practice phone's screen (not a real phone):</source>
   <translation>Trên màn hình của điện thoại tập dượt (không phải điện thoại thật):</translation>
  </message>
  <message>
   <source>Practice phone screen</source>
   <translation>Màn hình điện thoại tập dượt</translation>
  </message>
  <message>
   <source>Practice phone: allow this computer</source>
   <translation>Điện thoại tập dượt: cho phép máy tính này</translation>
  </message>
  <message>
   <source>Practice phone: refuse this computer</source>
   <translation>Điện thoại tập dượt: từ chối máy tính này</translation>
  </message>
  <message>
   <source>The computer's RSA key fingerprint is:</source>
   <translation>Vân tay khóa RSA của máy tính là:</translation>
  </message>
 </context>
 <context>
  <name>ProblemPage</name>
  <message>
   <source>A profile is broken</source>
   <translation>Một hồ sơ bị hỏng</translation>
  </message>
  <message>
   <source>Another program is using the phone</source>
   <translation>Một chương trình khác đang dùng điện thoại</translation>
  </message>
  <message>
   <source>Asks before stopping the adb program on this computer</source>
   <translation>Hỏi trước khi dừng chương trình adb trên máy tính này</translation>
  </message>
  <message>
   <source>Back to pairing</source>
   <translation>Quay lại ghép nối</translation>
  </message>
  <message>
   <source>Back to the start</source>
   <translation>Quay lại từ đầu</translation>
  </message>
  <message>
   <source>Connect again</source>
   <translation>Kết nối lại</translation>
  </message>
  <message>
   <source>Connect through the adb program that holds the phone, without stopping it</source>
   <translation>Kết nối qua chương trình adb đang giữ điện thoại, không dừng chương trình đó</translation>
  </message>
  <message>
   <source>Details for a helper</source>
   <translation>Chi tiết cho người hỗ trợ</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cách bật gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>More than one phone</source>
   <translation>Có nhiều hơn một điện thoại</translation>
  </message>
  <message>
   <source>No</source>
   <translation>Không</translation>
  </message>
  <message>
   <source>No phone found</source>
   <translation>Không tìm thấy điện thoại</translation>
  </message>
  <message>
   <source>No safe place for hardener's key</source>
   <translation>Không có chỗ an toàn để lưu khóa của hardener</translation>
  </message>
  <message>
   <source>Nothing answers at this address</source>
   <translation>Không có gì trả lời tại địa chỉ này</translation>
  </message>
  <message>
   <source>Nothing was changed</source>
   <translation>Không có gì bị thay đổi</translation>
  </message>
  <message>
   <source>Nothing was changed on the phone.</source>
   <translation>Không có gì bị thay đổi trên điện thoại.</translation>
  </message>
  <message>
   <source>Pairing cannot be done from this computer</source>
   <translation>Không thể ghép nối từ máy tính này</translation>
  </message>
  <message>
   <source>Some changes may already be made. Connect again: hardener will show them and offer to finish or undo them.</source>
   <translation>Một số thay đổi có thể đã được thực hiện. Hãy kết nối lại: hardener sẽ hiển thị các thay đổi đó và đề nghị hoàn tất hoặc hoàn tác chúng.</translation>
  </message>
  <message>
   <source>Some settings may not be back yet. Connect again to finish undoing them.</source>
   <translation>Một số cài đặt có thể chưa được khôi phục. Hãy kết nối lại để hoàn tác nốt.</translation>
  </message>
  <message>
   <source>Something went wrong</source>
   <translation>Đã xảy ra sự cố</translation>
  </message>
  <message>
   <source>Stop the other program…</source>
   <translation>Dừng chương trình kia…</translation>
  </message>
  <message>
   <source>Stopped</source>
   <translation>Đã dừng</translation>
  </message>
  <message>
   <source>The USB port is not allowed</source>
   <translation>Cổng USB không được phép</translation>
  </message>
  <message>
   <source>The connection to the phone was lost</source>
   <translation>Mất kết nối với điện thoại</translation>
  </message>
  <message>
   <source>The keyring is locked</source>
   <translation>Chùm khóa (keyring) đang bị khóa</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing</source>
   <translation>Điện thoại không chấp nhận việc ghép nối</translation>
  </message>
  <message>
   <source>The phone did not allow this computer</source>
   <translation>Điện thoại không cho phép máy tính này</translation>
  </message>
  <message>
   <source>The phone does not answer</source>
   <translation>Điện thoại không trả lời</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet</source>
   <translation>Điện thoại chưa cho phép máy tính này</translation>
  </message>
  <message>
   <source>This address cannot be used</source>
   <translation>Không thể dùng địa chỉ này</translation>
  </message>
  <message>
   <source>This is not a pairing code</source>
   <translation>Đây không phải là mã ghép nối</translation>
  </message>
  <message>
   <source>This stops the “adb” program on this computer. If someone else is using it (for example Android Studio), they lose their phone connection. Stop it?</source>
   <translation>Thao tác này sẽ dừng chương trình “adb” trên máy tính này. Nếu người khác đang dùng chương trình này (ví dụ Android Studio), họ sẽ mất kết nối với điện thoại. Dừng chương trình?</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Thử lại</translation>
  </message>
  <message>
   <source>USB debugging is off</source>
   <translation>Gỡ lỗi qua USB đã tắt</translation>
  </message>
  <message>
   <source>USB debugging may still be on. Connect again and press Finish, or switch it off on the phone.</source>
   <translation>Gỡ lỗi qua USB có thể vẫn đang bật. Hãy kết nối lại và nhấn Kết thúc, hoặc tắt trên điện thoại.</translation>
  </message>
  <message>
   <source>Use it</source>
   <translation>Dùng chương trình đó</translation>
  </message>
  <message>
   <source>Yes, stop it</source>
   <translation>Có, dừng lại</translation>
  </message>
  <message>
   <source>hardener met a problem it did not expect. Nothing more will be done to the phone.</source>
   <translation>hardener gặp một sự cố không lường trước. Sẽ không làm gì thêm với điện thoại.</translation>
  </message>
  <message>
   <source>hardener's key is damaged</source>
   <translation>Khóa của hardener bị hỏng</translation>
  </message>
 </context>
 <context>
  <name>ReportAction</name>
  <message>
   <source>Also in a second language, side by side (for example the trainer's)?</source>
   <translation>Thêm cả một ngôn ngữ thứ hai, đặt song song (ví dụ ngôn ngữ của người hướng dẫn)?</translation>
  </message>
  <message>
   <source>Only in this language</source>
   <translation>Chỉ bằng ngôn ngữ này</translation>
  </message>
  <message>
   <source>PDF (*.pdf);;Web page (*.html)</source>
   <translation>PDF (*.pdf);;Trang web (*.html)</translation>
  </message>
  <message>
   <source>Save the report</source>
   <translation>Lưu báo cáo</translation>
  </message>
 </context>
 <context>
  <name>SafetyPage</name>
  <message>
   <source>Change nothing on this phone</source>
   <translation>Không thay đổi gì trên điện thoại này</translation>
  </message>
  <message>
   <source>Do not confront anyone about it yet. Removing or changing the app can warn the person who installed it.</source>
   <translation>Đừng đối chất với ai về việc này vội. Gỡ bỏ hoặc thay đổi ứng dụng có thể báo động cho người đã cài đặt nó.</translation>
  </message>
  <message>
   <source>Get help: a sex worker organisation, a domestic violence service or a digital security helpline can help you decide what to do.</source>
   <translation>Tìm trợ giúp: một tổ chức của người lao động tình dục, một dịch vụ hỗ trợ nạn nhân bạo lực gia đình hoặc một đường dây hỗ trợ an ninh kỹ thuật số có thể giúp bạn quyết định nên làm gì.</translation>
  </message>
  <message>
   <source>Go on, and change that app too</source>
   <translation>Tiếp tục, và thay đổi cả ứng dụng đó</translation>
  </message>
  <message>
   <source>Go on, leave that app alone</source>
   <translation>Tiếp tục, để nguyên ứng dụng đó</translation>
  </message>
  <message>
   <source>Make a safety plan first: where you can go, and who you can call if things get worse.</source>
   <translation>Trước tiên, hãy lập kế hoạch an toàn: bạn có thể đi đâu và gọi cho ai nếu tình hình trở nên tệ hơn.</translation>
  </message>
  <message>
   <source>Only if you have a safety plan: the person who installed it may notice</source>
   <translation>Chỉ khi bạn đã có kế hoạch an toàn: người đã cài đặt ứng dụng có thể nhận ra</translation>
  </message>
  <message>
   <source>Other changes can still be made; nothing about that app is changed</source>
   <translation>Các thay đổi khác vẫn có thể được thực hiện; không có gì liên quan đến ứng dụng đó bị thay đổi</translation>
  </message>
  <message>
   <source>Stop and read: an app that can spy on this phone was found</source>
   <translation>Dừng lại và đọc: đã tìm thấy một ứng dụng có thể theo dõi điện thoại này</translation>
  </message>
  <message>
   <source>Stop here</source>
   <translation>Dừng ở đây</translation>
  </message>
  <message>
   <source>The app may see what is done on this phone, including changes made now.</source>
   <translation>Ứng dụng này có thể thấy những gì được làm trên điện thoại, kể cả những thay đổi đang thực hiện bây giờ.</translation>
  </message>
 </context>
 <context>
  <name>ScanPage</name>
  <message>
   <source>Cancel</source>
   <translation>Hủy</translation>
  </message>
  <message>
   <source>Checking the phone again…</source>
   <translation>Đang kiểm tra lại điện thoại…</translation>
  </message>
  <message>
   <source>Checking the phone…</source>
   <translation>Đang kiểm tra điện thoại…</translation>
  </message>
  <message>
   <source>How much of the phone is read</source>
   <translation>Đã đọc được bao nhiêu phần của điện thoại</translation>
  </message>
  <message>
   <source>Parts of the phone already read</source>
   <translation>Các phần điện thoại đã đọc</translation>
  </message>
  <message>
   <source>Read: {part}</source>
   <translation>Đã đọc: {part}</translation>
  </message>
  <message>
   <source>Stop checking (Esc)</source>
   <translation>Dừng kiểm tra (Esc)</translation>
  </message>
  <message>
   <source>Stopping…</source>
   <translation>Đang dừng…</translation>
  </message>
  <message>
   <source>hardener reads the phone's settings. It changes nothing.</source>
   <translation>hardener đọc cài đặt của điện thoại. Không thay đổi gì cả.</translation>
  </message>
 </context>
 <context>
  <name>SituationPage</name>
  <message numerus="yes">
   <source>%n already done.</source>
   <translation>
    <numerusform>%n mục đã làm xong.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) were left out because a name on the phone did not look safe.</source>
   <translation>
    <numerusform>Đã bỏ ra %n thay đổi vì có một tên trên điện thoại trông không an toàn.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n of them cannot be undone: you will be asked again.</source>
   <translation>
    <numerusform>%n thay đổi trong số đó không thể hoàn tác: bạn sẽ được hỏi lại.</numerusform>
   </translation>
  </message>
  <message>
   <source>After</source>
   <translation>Sau</translation>
  </message>
  <message>
   <source>Already done</source>
   <translation>Đã làm xong</translation>
  </message>
  <message>
   <source>Back to what was found</source>
   <translation>Quay lại những gì đã phát hiện</translation>
  </message>
  <message>
   <source>Can be undone</source>
   <translation>Có thể hoàn tác</translation>
  </message>
  <message>
   <source>Cannot be undone</source>
   <translation>Không thể hoàn tác</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Thay đổi</translation>
  </message>
  <message>
   <source>Change the phone as shown in the list</source>
   <translation>Thay đổi điện thoại như trong danh sách</translation>
  </message>
  <message>
   <source>Changes hardener will make</source>
   <translation>Các thay đổi hardener sẽ thực hiện</translation>
  </message>
  <message>
   <source>Choose a situation on the left.</source>
   <translation>Chọn một tình huống ở bên trái.</translation>
  </message>
  <message>
   <source>Choose the situation closest to yours. You see every change before it is made.</source>
   <translation>Chọn tình huống gần giống với bạn nhất. Bạn sẽ thấy từng thay đổi trước khi thực hiện.</translation>
  </message>
  <message>
   <source>Every change, with the value now and after</source>
   <translation>Từng thay đổi, với giá trị hiện tại và sau khi đổi</translation>
  </message>
  <message>
   <source>For a helper: {detail}</source>
   <translation>Cho người hỗ trợ: {detail}</translation>
  </message>
  <message>
   <source>Make these changes</source>
   <translation>Thực hiện các thay đổi này</translation>
  </message>
  <message>
   <source>Now</source>
   <translation>Hiện tại</translation>
  </message>
  <message>
   <source>Situations</source>
   <translation>Tình huống</translation>
  </message>
  <message>
   <source>Steps you do on the phone</source>
   <translation>Các bước bạn tự làm trên điện thoại</translation>
  </message>
  <message>
   <source>The phone is already set this way. Nothing to change.</source>
   <translation>Điện thoại đã được đặt như vậy. Không có gì cần thay đổi.</translation>
  </message>
  <message>
   <source>This choice changes nothing on the phone.</source>
   <translation>Lựa chọn này không thay đổi gì trên điện thoại.</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>Hoàn tác</translation>
  </message>
  <message>
   <source>What is your situation?</source>
   <translation>Tình huống của bạn là gì?</translation>
  </message>
  <message numerus="yes">
   <source>hardener will make %n change(s).</source>
   <translation>
    <numerusform>hardener sẽ thực hiện %n thay đổi.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>StartPage</name>
  <message>
   <source>A phone on USB</source>
   <translation>Điện thoại qua USB</translation>
  </message>
  <message>
   <source>A phone on Wi-Fi (address)</source>
   <translation>Điện thoại qua Wi-Fi (địa chỉ)</translation>
  </message>
  <message>
   <source>Address of the phone on Wi-Fi, for example 192.168.1.20:5555</source>
   <translation>Địa chỉ của điện thoại trên Wi-Fi, ví dụ 192.168.1.20:5555</translation>
  </message>
  <message>
   <source>Check and protect a phone</source>
   <translation>Kiểm tra và bảo vệ điện thoại</translation>
  </message>
  <message>
   <source>Connect</source>
   <translation>Kết nối</translation>
  </message>
  <message>
   <source>Connect over Wi-Fi with the phone's pairing code, through Google's adb program</source>
   <translation>Kết nối qua Wi-Fi bằng mã ghép nối của điện thoại, thông qua chương trình adb của Google</translation>
  </message>
  <message>
   <source>Connect the phone to this computer. hardener checks it, explains what it finds, and can change settings to make it safer. It keeps nothing about the phone on this computer.</source>
   <translation>Kết nối điện thoại với máy tính này. hardener sẽ kiểm tra điện thoại, giải thích những gì tìm thấy và có thể thay đổi cài đặt để điện thoại an toàn hơn. hardener không lưu giữ gì về điện thoại trên máy tính này.</translation>
  </message>
  <message>
   <source>Connect to the chosen phone</source>
   <translation>Kết nối với điện thoại đã chọn</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cách bật gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>Look again</source>
   <translation>Tìm lại</translation>
  </message>
  <message>
   <source>Look again for phones on USB</source>
   <translation>Tìm lại điện thoại qua USB</translation>
  </message>
  <message>
   <source>No phone found yet. Google's “adb” program is on this computer but not running: run “adb devices” once in its folder, then plug the phone in, unlock it, and switch on USB debugging. hardener then goes through it.</source>
   <translation>Chưa tìm thấy điện thoại. Chương trình “adb” của Google có trên máy tính này nhưng không chạy: hãy chạy “adb devices” một lần trong thư mục của nó, rồi cắm điện thoại vào, mở khóa và bật gỡ lỗi qua USB. Sau đó hardener sẽ kết nối thông qua chương trình đó.</translation>
  </message>
  <message>
   <source>No phone found yet. Plug it in with a USB cable, unlock it, and switch on USB debugging.</source>
   <translation>Chưa tìm thấy điện thoại. Hãy cắm điện thoại bằng cáp USB, mở khóa và bật gỡ lỗi qua USB.</translation>
  </message>
  <message>
   <source>Phones found on USB</source>
   <translation>Điện thoại tìm thấy qua USB</translation>
  </message>
  <message>
   <source>Practice phone (not a real phone)</source>
   <translation>Điện thoại tập dượt (không phải điện thoại thật)</translation>
  </message>
  <message>
   <source>The phone asks for a pairing code (Android 11 and newer)…</source>
   <translation>Điện thoại yêu cầu mã ghép nối (Android 11 trở lên)…</translation>
  </message>
  <message>
   <source>Type the phone's address first, for example 192.168.1.20:5555.</source>
   <translation>Trước tiên, hãy nhập địa chỉ của điện thoại, ví dụ 192.168.1.20:5555.</translation>
  </message>
  <message>
   <source>Which practice phone</source>
   <translation>Điện thoại tập dượt nào</translation>
  </message>
  <message>
   <source>{name} (Wi-Fi, through Google's adb)</source>
   <translation>{name} (Wi-Fi, thông qua adb của Google)</translation>
  </message>
  <message>
   <source>{name} (through Google's adb)</source>
   <translation>{name} (thông qua adb của Google)</translation>
  </message>
  <message>
   <source>{name}: not answering (through Google's adb)</source>
   <translation>{name}: không trả lời (thông qua adb của Google)</translation>
  </message>
  <message>
   <source>{name}: this computer does not allow the USB port (through Google's adb)</source>
   <translation>{name}: máy tính này không cho phép cổng USB (thông qua adb của Google)</translation>
  </message>
  <message>
   <source>{name}: waiting for “Allow” on the phone (through Google's adb)</source>
   <translation>{name}: đang chờ nhấn “Cho phép” trên điện thoại (thông qua adb của Google)</translation>
  </message>
  <message>
   <source>{name}: {state} (through Google's adb)</source>
   <translation>{name}: {state} (thông qua adb của Google)</translation>
  </message>
 </context>
 <context>
  <name>StillToDoPage</name>
  <message numerus="yes">
   <source>%n thing(s) only you can do on the phone. Do each one, then press “I did it”: the phone is checked again.</source>
   <translation>
    <numerusform>%n việc chỉ bạn mới làm được trên điện thoại. Hãy làm từng việc, rồi nhấn “Tôi đã làm”: điện thoại sẽ được kiểm tra lại.</numerusform>
   </translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Quay lại</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Kết thúc</translation>
  </message>
  <message>
   <source>Nothing is left to do on the phone in what could be checked.</source>
   <translation>Không còn việc gì phải làm trên điện thoại trong những gì có thể kiểm tra.</translation>
  </message>
  <message>
   <source>Still to do on the phone</source>
   <translation>Còn phải làm trên điện thoại</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Tắt gỡ lỗi qua USB và kết thúc</translation>
  </message>
 </context>
 <context>
  <name>UndoPage</name>
  <message numerus="yes">
   <source>%n change(s) cannot be undone (for example, cleared app history).</source>
   <translation>
    <numerusform>%n thay đổi không thể hoàn tác (ví dụ: lịch sử ứng dụng đã xóa).</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n could not be put back: see why below.</source>
   <translation>
    <numerusform>%n mục không khôi phục được: xem lý do bên dưới.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n value(s) are back as they were.</source>
   <translation>
    <numerusform>%n giá trị đã trở lại như cũ.</numerusform>
   </translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Mã hoàn tác gồm 12 chữ cái và chữ số, ví dụ 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Back</source>
   <translation>Quay lại</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Hủy</translation>
  </message>
  <message>
   <source>Change</source>
   <translation>Thay đổi</translation>
  </message>
  <message>
   <source>Changes in the undo record</source>
   <translation>Các thay đổi trong bản ghi hoàn tác</translation>
  </message>
  <message>
   <source>Check the phone again</source>
   <translation>Kiểm tra lại điện thoại</translation>
  </message>
  <message>
   <source>Check the phone; change nothing</source>
   <translation>Kiểm tra điện thoại; không thay đổi gì</translation>
  </message>
  <message>
   <source>Erase the record</source>
   <translation>Xóa bản ghi</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Kết thúc</translation>
  </message>
  <message>
   <source>Finish or undo the last changes</source>
   <translation>Hoàn tất hoặc hoàn tác các thay đổi gần nhất</translation>
  </message>
  <message>
   <source>Go on without it</source>
   <translation>Tiếp tục mà không dùng bản ghi</translation>
  </message>
  <message>
   <source>It was made at an earlier visit and is locked with an undo code. Type the code to see and undo those changes. Without the code, you can erase the record: the earlier changes then stay, and can no longer be undone.</source>
   <translation>Bản ghi này được tạo trong một lần trước và được khóa bằng mã hoàn tác. Hãy nhập mã để xem và hoàn tác các thay đổi đó. Nếu không có mã, bạn có thể xóa bản ghi: khi đó các thay đổi trước sẽ được giữ nguyên và không thể hoàn tác nữa.</translation>
  </message>
  <message>
   <source>Keep the changes</source>
   <translation>Giữ các thay đổi</translation>
  </message>
  <message>
   <source>Keep the phone plugged in.</source>
   <translation>Hãy giữ điện thoại cắm vào máy tính.</translation>
  </message>
  <message>
   <source>Keep them and go on</source>
   <translation>Giữ các thay đổi và tiếp tục</translation>
  </message>
  <message>
   <source>Open the record</source>
   <translation>Mở bản ghi</translation>
  </message>
  <message>
   <source>Partly undone</source>
   <translation>Đã hoàn tác một phần</translation>
  </message>
  <message>
   <source>Put back the values from before</source>
   <translation>Khôi phục các giá trị trước đây</translation>
  </message>
  <message>
   <source>Putting the old values back…</source>
   <translation>Đang khôi phục các giá trị cũ…</translation>
  </message>
  <message>
   <source>State</source>
   <translation>Trạng thái</translation>
  </message>
  <message>
   <source>Stop undoing (Esc)</source>
   <translation>Dừng hoàn tác (Esc)</translation>
  </message>
  <message>
   <source>Switch off USB debugging and end</source>
   <translation>Tắt gỡ lỗi qua USB và kết thúc</translation>
  </message>
  <message>
   <source>The earlier changes stay; they can no longer be undone</source>
   <translation>Các thay đổi trước được giữ nguyên; không thể hoàn tác chúng nữa</translation>
  </message>
  <message>
   <source>The last changes were not finished</source>
   <translation>Các thay đổi gần nhất chưa hoàn tất</translation>
  </message>
  <message>
   <source>The record could not be erased: it is still on the phone. Try again.</source>
   <translation>Không xóa được bản ghi: bản ghi vẫn còn trên điện thoại. Hãy thử lại.</translation>
  </message>
  <message>
   <source>This code does not open the record. Check each letter and digit, and try again.</source>
   <translation>Mã này không mở được bản ghi. Hãy kiểm tra từng chữ cái và chữ số rồi thử lại.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record</source>
   <translation>Điện thoại này có lưu một bản ghi hoàn tác</translation>
  </message>
  <message>
   <source>To change this phone, first open the earlier record with its code, or erase it. Writing over it would lose the way back.</source>
   <translation>Để thay đổi điện thoại này, trước tiên hãy mở bản ghi cũ bằng mã của nó, hoặc xóa bản ghi đó. Ghi đè lên bản ghi sẽ làm mất cách khôi phục.</translation>
  </message>
  <message>
   <source>Undo code:</source>
   <translation>Mã hoàn tác:</translation>
  </message>
  <message>
   <source>Undo them</source>
   <translation>Hoàn tác các thay đổi</translation>
  </message>
  <message>
   <source>Undo these changes?</source>
   <translation>Hoàn tác các thay đổi này?</translation>
  </message>
  <message>
   <source>Undone</source>
   <translation>Đã hoàn tác</translation>
  </message>
  <message>
   <source>Why</source>
   <translation>Lý do</translation>
  </message>
  <message numerus="yes">
   <source>hardener changed this phone before and kept an undo record on it. %n change(s) can be undone.</source>
   <translation>
    <numerusform>Trước đây hardener đã thay đổi điện thoại này và lưu một bản ghi hoàn tác trên đó. Có thể hoàn tác %n thay đổi.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener puts back the values the phone had before. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener khôi phục các giá trị mà điện thoại có trước đây. Có thể hoàn tác %n thay đổi.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>hardener was changing this phone when it stopped (perhaps the cable was pulled). It wrote down every value it may have changed. %n change(s) can be undone.</source>
   <translation>
    <numerusform>hardener đang thay đổi điện thoại này thì bị dừng (có thể do cáp bị rút ra). hardener đã ghi lại mọi giá trị có thể đã thay đổi. Có thể hoàn tác %n thay đổi.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>UsbHelp</name>
  <message>
   <source>Find “Build number” (sometimes inside “Software information” or “Version”) and tap it 7 times, quickly. You can also type “Build number” in the search box at the top of Settings.</source>
   <translation>Tìm “Số bản dựng” (đôi khi nằm trong “Thông tin phần mềm” hoặc “Phiên bản”) và nhấn nhanh vào đó 7 lần. Bạn cũng có thể gõ “Số bản dựng” vào ô tìm kiếm ở đầu Cài đặt.</translation>
  </message>
  <message>
   <source>Go back to Settings and find “Developer options”. It is often under “System”. You can also type “Developer” in the search box at the top of Settings.</source>
   <translation>Quay lại Cài đặt và tìm “Tùy chọn cho nhà phát triển”. Mục này thường nằm trong “Hệ thống”. Bạn cũng có thể gõ “nhà phát triển” vào ô tìm kiếm ở đầu Cài đặt.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings” (or “System settings”), then “Developer options”.</source>
   <translation>Quay lại Cài đặt. Nhấn “Cài đặt bổ sung” (hoặc “Cài đặt hệ thống”), rồi nhấn “Tùy chọn cho nhà phát triển”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “Additional settings”, then “Developer options”.</source>
   <translation>Quay lại Cài đặt. Nhấn “Cài đặt bổ sung”, rồi nhấn “Tùy chọn cho nhà phát triển”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System &amp; updates”, then “Developer options”.</source>
   <translation>Quay lại Cài đặt. Nhấn “Hệ thống và cập nhật”, rồi nhấn “Tùy chọn cho nhà phát triển”.</translation>
  </message>
  <message>
   <source>Go back to Settings. Tap “System”, then “Developer options”.</source>
   <translation>Quay lại Cài đặt. Nhấn “Hệ thống”, rồi nhấn “Tùy chọn cho nhà phát triển”.</translation>
  </message>
  <message>
   <source>Go back to the first Settings screen. “Developer options” is now at the very bottom. Tap it.</source>
   <translation>Quay lại màn hình Cài đặt đầu tiên. Bây giờ “Tùy chọn cho nhà phát triển” nằm ở dưới cùng. Hãy nhấn vào đó.</translation>
  </message>
  <message>
   <source>If you also see “USB debugging (Security settings)”, switch it on too. Without it, hardener can check the phone but cannot change some settings. The phone may ask you to sign in to a Mi account.</source>
   <translation>Nếu bạn cũng thấy “Gỡ lỗi USB (Cài đặt bảo mật)”, hãy bật cả mục này. Nếu không, hardener có thể kiểm tra điện thoại nhưng không thể thay đổi một số cài đặt. Điện thoại có thể yêu cầu bạn đăng nhập tài khoản Mi.</translation>
  </message>
  <message>
   <source>If you see “Allow ADB debugging in charge-only mode”, switch it on too.</source>
   <translation>Nếu bạn thấy “Cho phép gỡ lỗi ADB ở chế độ chỉ sạc”, hãy bật cả mục này.</translation>
  </message>
  <message>
   <source>Open Settings. Scroll to the bottom and tap “About phone”.</source>
   <translation>Mở Cài đặt. Cuộn xuống dưới cùng và nhấn “Giới thiệu về điện thoại”.</translation>
  </message>
  <message>
   <source>Plug the phone into this computer with a USB cable. Unlock the phone. If the phone asks what the USB connection is for, choose “File transfer”.</source>
   <translation>Cắm điện thoại vào máy tính này bằng cáp USB. Mở khóa điện thoại. Nếu điện thoại hỏi dùng kết nối USB để làm gì, hãy chọn “Truyền tệp”.</translation>
  </message>
  <message>
   <source>Switch on “USB debugging”. The phone asks if you are sure: tap “OK”.</source>
   <translation>Bật “Gỡ lỗi qua USB”. Điện thoại hỏi bạn có chắc không: nhấn “OK”.</translation>
  </message>
  <message>
   <source>Tap “Build number” 7 times, quickly. If the phone asks, enter your PIN. The phone then says that you are now a developer.</source>
   <translation>Nhấn nhanh vào “Số bản dựng” 7 lần. Nếu điện thoại yêu cầu, hãy nhập mã PIN. Sau đó điện thoại sẽ báo rằng bạn đã là nhà phát triển.</translation>
  </message>
  <message>
   <source>Tap “MIUI version” 7 times, quickly (on newer phones it is called “OS version”). If the phone asks, enter your PIN.</source>
   <translation>Nhấn nhanh vào “Phiên bản MIUI” 7 lần (trên điện thoại mới hơn, mục này có tên “Phiên bản OS”). Nếu điện thoại yêu cầu, hãy nhập mã PIN.</translation>
  </message>
  <message>
   <source>Tap “Software information”.</source>
   <translation>Nhấn “Thông tin phần mềm”.</translation>
  </message>
  <message>
   <source>Tap “Version”. Then tap “Build number” 7 times, quickly. If the phone asks, enter your PIN.</source>
   <translation>Nhấn “Phiên bản”. Sau đó nhấn nhanh vào “Số bản dựng” 7 lần. Nếu điện thoại yêu cầu, hãy nhập mã PIN.</translation>
  </message>
  <message>
   <source>The phone asks “Allow USB debugging?”. Tap “Allow”. Do not tick “Always allow” unless this is your own computer.</source>
   <translation>Điện thoại hỏi “Cho phép gỡ lỗi qua USB?”. Nhấn “Cho phép”. Đừng đánh dấu “Luôn cho phép” trừ khi đây là máy tính của riêng bạn.</translation>
  </message>
 </context>
 <context>
  <name>UsbHelpPage</name>
  <message>
   <source>Back</source>
   <translation>Quay lại</translation>
  </message>
  <message>
   <source>Choose the make of the phone. Then do the steps on the phone, one by one.</source>
   <translation>Chọn hãng điện thoại. Sau đó làm lần lượt từng bước trên điện thoại.</translation>
  </message>
  <message>
   <source>How to switch on USB debugging</source>
   <translation>Cách bật gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>Make of phone</source>
   <translation>Hãng điện thoại</translation>
  </message>
  <message>
   <source>Other phones</source>
   <translation>Điện thoại khác</translation>
  </message>
 </context>
 <context>
  <name>WaitingPage</name>
  <message>
   <source>Cancel</source>
   <translation>Hủy</translation>
  </message>
  <message>
   <source>Connect to the phone again</source>
   <translation>Kết nối lại với điện thoại</translation>
  </message>
  <message>
   <source>Connecting to the phone…</source>
   <translation>Đang kết nối với điện thoại…</translation>
  </message>
  <message>
   <source>Do not tick “Always allow from this computer” unless this is your own computer. If you do not see the question, unplug the cable and plug it in again.</source>
   <translation>Đừng đánh dấu “Luôn cho phép từ máy tính này” trừ khi đây là máy tính của riêng bạn. Nếu bạn không thấy câu hỏi, hãy rút cáp ra rồi cắm lại.</translation>
  </message>
  <message>
   <source>Stop connecting (Esc)</source>
   <translation>Dừng kết nối (Esc)</translation>
  </message>
  <message>
   <source>Tap “Allow” on the phone</source>
   <translation>Nhấn “Cho phép” trên điện thoại</translation>
  </message>
  <message>
   <source>Tapped “Deny” by mistake? Unplug the phone, plug it in again, and try again.</source>
   <translation>Lỡ nhấn “Từ chối”? Hãy rút điện thoại ra, cắm lại, rồi thử lại.</translation>
  </message>
  <message>
   <source>The practice phone asks “Allow USB debugging?”. Answer it on the practice phone's screen.</source>
   <translation>Điện thoại tập dượt hỏi “Cho phép gỡ lỗi qua USB?”. Hãy trả lời trên màn hình của điện thoại tập dượt.</translation>
  </message>
  <message>
   <source>This takes a few seconds.</source>
   <translation>Việc này mất vài giây.</translation>
  </message>
  <message>
   <source>Try again</source>
   <translation>Thử lại</translation>
  </message>
  <message>
   <source>Unlock the phone. It asks “Allow USB debugging?”. Tap “Allow”.</source>
   <translation>Mở khóa điện thoại. Điện thoại hỏi “Cho phép gỡ lỗi qua USB?”. Nhấn “Cho phép”.</translation>
  </message>
  <message>
   <source>Waiting</source>
   <translation>Đang chờ</translation>
  </message>
 </context>
 <context>
  <name>hardener</name>
  <message>
   <source>  (Here: once it is on, run the same 'hardener apply' again.)</source>
   <translation>  (Ở đây: khi đã bật, hãy chạy lại đúng lệnh 'hardener apply' đó.)</translation>
  </message>
  <message>
   <source>  (Or leave it running and go through it: the same command with --adb-server.)</source>
   <translation>  (Hoặc để nó tiếp tục chạy và kết nối thông qua nó: cùng lệnh đó, thêm --adb-server.)</translation>
  </message>
  <message>
   <source>  Only with it can these changes be undone later, from any computer: hardener undo --undo-code CODE.
  'hardener finish' erases the undo record from the phone unless you add --keep-undo.</source>
   <translation>  Chỉ với mã này mới có thể hoàn tác các thay đổi này về sau, từ bất kỳ máy tính nào: hardener undo --undo-code CODE.
  'hardener finish' sẽ xóa bản ghi hoàn tác khỏi điện thoại, trừ khi bạn thêm --keep-undo.</translation>
  </message>
  <message>
   <source>"Disable adb authorization timeout" is on in Developer options: a computer allowed once keeps its access even if it is not used for months. Turn it off, and revoke the authorisations when hardener has finished.</source>
   <translation>"Tắt thời gian chờ cấp quyền adb" đang bật trong Tùy chọn cho nhà phát triển: một máy tính đã được cho phép một lần sẽ giữ quyền truy cập ngay cả khi không được dùng trong nhiều tháng. Hãy tắt tùy chọn này, và thu hồi các quyền đã cấp khi hardener đã xong.</translation>
  </message>
  <message>
   <source>"Sync automatically" is on: contacts, calendar and more are copied to the accounts all the time. That copy can be read without the phone by anyone with the password, or handed to police by the company.</source>
   <translation>"Tự động đồng bộ hóa dữ liệu" đang bật: danh bạ, lịch và nhiều thứ khác liên tục được sao chép lên các tài khoản. Bất kỳ ai có mật khẩu đều có thể đọc bản sao đó mà không cần điện thoại, hoặc công ty có thể giao nó cho cảnh sát.</translation>
  </message>
  <message>
   <source>"{address}" is not a network address hardener can use. Write it as the phone shows it under Wireless debugging: numbers and a port, for example 192.168.1.20:5555 (the port is a number from 1 to 65535).</source>
   <translation>"{address}" không phải là địa chỉ mạng mà hardener dùng được. Hãy viết đúng như điện thoại hiển thị dưới mục Gỡ lỗi không dây: các con số và một cổng, ví dụ 192.168.1.20:5555 (cổng là một số từ 1 đến 65535).</translation>
  </message>
  <message>
   <source>"{code}" is not a pairing code. The code is the six digits the phone shows under "Wi-Fi pairing code".</source>
   <translation>"{code}" không phải là mã ghép nối. Mã là sáu chữ số mà điện thoại hiển thị dưới "Mã ghép nối Wi-Fi".</translation>
  </message>
  <message numerus="yes">
   <source>%n app(s)</source>
   <translation>
    <numerusform>%n ứng dụng</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n change(s) can be undone.</source>
   <translation>
    <numerusform>Có thể hoàn tác %n thay đổi.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n entry(ies) of the record are damaged and will be left alone.</source>
   <translation>
    <numerusform>%n mục trong bản ghi bị hỏng và sẽ được để nguyên.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n month(s) old</source>
   <translation>
    <numerusform>%n tháng trước</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>%n thing(s) to look at.</source>
   <translation>
    <numerusform>%n điều cần xem xét.</numerusform>
   </translation>
  </message>
  <message>
   <source>'{title}' ({what}) CANNOT be undone. Do it?</source>
   <translation>'{title}' ({what}) KHÔNG THỂ hoàn tác. Vẫn thực hiện?</translation>
  </message>
  <message>
   <source>(CANNOT be undone)</source>
   <translation>(KHÔNG THỂ hoàn tác)</translation>
  </message>
  <message>
   <source>(Nothing was changed.)</source>
   <translation>(Không có gì bị thay đổi.)</translation>
  </message>
  <message>
   <source>(cannot be undone: {what})</source>
   <translation>(không thể hoàn tác: {what})</translation>
  </message>
  <message>
   <source>(not set)</source>
   <translation>(chưa đặt)</translation>
  </message>
  <message>
   <source>1 minute</source>
   <translation>1 phút</translation>
  </message>
  <message>
   <source>10 minutes</source>
   <translation>10 phút</translation>
  </message>
  <message>
   <source>15 seconds</source>
   <translation>15 giây</translation>
  </message>
  <message>
   <source>2 minutes</source>
   <translation>2 phút</translation>
  </message>
  <message>
   <source>30 minutes</source>
   <translation>30 phút</translation>
  </message>
  <message>
   <source>30 seconds</source>
   <translation>30 giây</translation>
  </message>
  <message>
   <source>5 minutes</source>
   <translation>5 phút</translation>
  </message>
  <message>
   <source>5 seconds</source>
   <translation>5 giây</translation>
  </message>
  <message>
   <source>A "device owner" app controls almost everything on this phone and can see a lot. That is normal only on a work phone from an employer. If this is your own phone, get help.</source>
   <translation>Ứng dụng "chủ sở hữu thiết bị" kiểm soát gần như mọi thứ trên điện thoại này và có thể thấy rất nhiều. Điều đó chỉ bình thường trên điện thoại công việc do chủ lao động cấp. Nếu đây là điện thoại của riêng bạn, hãy tìm trợ giúp.</translation>
  </message>
  <message>
   <source>A PIN only, nothing readable on the lock screen, translation history gone, and the phone off at the border.</source>
   <translation>Chỉ dùng mã PIN, không có gì đọc được trên màn hình khóa, xóa lịch sử dịch, và tắt điện thoại khi qua biên giới.</translation>
  </message>
  <message>
   <source>A Private Space hides apps, but it stays open for a while after the phone locks. Set it to lock whenever the phone locks.</source>
   <translation>Không gian riêng tư giúp ẩn ứng dụng, nhưng vẫn mở trong một lúc sau khi điện thoại khóa. Hãy đặt để không gian này khóa mỗi khi điện thoại khóa.</translation>
  </message>
  <message>
   <source>A broken or hostile phone (Android 12L): package names, account names, settings and properties that try shell injection, newlines, NUL bytes, right-to-left marks, very long values, and garbage lines in every dump.</source>
   <translation>Một điện thoại bị hỏng hoặc có ý đồ xấu (Android 12L): tên gói, tên tài khoản, cài đặt và thuộc tính tìm cách chèn lệnh shell, ký tự xuống dòng, byte NUL, dấu viết từ phải sang trái, giá trị rất dài và các dòng rác trong mọi bản kết xuất.</translation>
  </message>
  <message>
   <source>A caller ID app</source>
   <translation>Ứng dụng hiển thị số người gọi</translation>
  </message>
  <message>
   <source>A certificate was added to the ones the phone trusts. With it, another computer can read internet traffic that apps protect. If you did not add it, keep a record and get help before you remove it.</source>
   <translation>Một chứng chỉ đã được thêm vào danh sách chứng chỉ mà điện thoại tin cậy. Với chứng chỉ này, một máy tính khác có thể đọc được lưu lượng internet mà các ứng dụng bảo vệ. Nếu bạn không tự thêm chứng chỉ này, hãy lưu lại bằng chứng và tìm trợ giúp trước khi gỡ bỏ nó.</translation>
  </message>
  <message>
   <source>A check could not finish</source>
   <translation>Một bước kiểm tra không thể hoàn tất</translation>
  </message>
  <message>
   <source>A cloud backup can be read without the phone, by anyone with the account password.</source>
   <translation>Bản sao lưu trên đám mây có thể bị đọc mà không cần điện thoại, bởi bất kỳ ai có mật khẩu tài khoản.</translation>
  </message>
  <message>
   <source>A cloud storage app</source>
   <translation>Ứng dụng lưu trữ đám mây</translation>
  </message>
  <message>
   <source>A computer not used for a while has to be allowed again.</source>
   <translation>Máy tính không được dùng trong một thời gian phải được cho phép lại.</translation>
  </message>
  <message>
   <source>A computer paired with this phone can control it over the Wi-Fi, without a cable. If it is on for this visit, turn it off when hardener has finished; if not, someone else may use it.</source>
   <translation>Một máy tính đã ghép nối với điện thoại này có thể điều khiển nó qua Wi-Fi, không cần cáp. Nếu tính năng này được bật cho lần này, hãy tắt khi hardener đã xong; nếu không, người khác có thể sử dụng nó.</translation>
  </message>
  <message>
   <source>A copy is on the phone: {path}</source>
   <translation>Có một bản sao trên điện thoại: {path}</translation>
  </message>
  <message>
   <source>A copy of what you translate can stay in your Google account.</source>
   <translation>Bản sao những gì bạn dịch có thể được lưu lại trong tài khoản Google của bạn.</translation>
  </message>
  <message>
   <source>A dating app</source>
   <translation>Ứng dụng hẹn hò</translation>
  </message>
  <message>
   <source>A device admin app can lock or wipe the phone, and is hard to remove.</source>
   <translation>Ứng dụng quản trị thiết bị có thể khóa hoặc xóa sạch điện thoại, và khó gỡ bỏ.</translation>
  </message>
  <message>
   <source>A face or finger can be used to open the phone without you agreeing.</source>
   <translation>Khuôn mặt hoặc ngón tay có thể bị dùng để mở điện thoại mà bạn không đồng ý.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced at a border; a PIN in your head cannot.</source>
   <translation>Ngón tay hay khuôn mặt có thể bị ép dùng tại biên giới; mã PIN trong đầu bạn thì không.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced. Before a risky moment, remove them in Settings, then Security, or use Lockdown from the power menu.</source>
   <translation>Ngón tay hay khuôn mặt có thể bị ép dùng. Trước thời điểm nguy hiểm, hãy xóa chúng trong Cài đặt, rồi Bảo mật, hoặc dùng Chế độ khóa từ menu nguồn.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced: someone can hold the phone to your face or press your finger on it. A PIN stays in your head. Before a risky moment use Lockdown, or remove fingerprints and face.</source>
   <translation>Ngón tay hay khuôn mặt có thể bị ép dùng: người khác có thể giơ điện thoại trước mặt bạn hoặc ấn ngón tay bạn lên đó. Mã PIN thì nằm trong đầu bạn. Trước thời điểm nguy hiểm, hãy dùng Chế độ khóa, hoặc xóa vân tay và khuôn mặt.</translation>
  </message>
  <message>
   <source>A finger or a face can be forced; a PIN in your head cannot. A phone switched off is the hardest to read.</source>
   <translation>Ngón tay hay khuôn mặt có thể bị ép dùng; mã PIN trong đầu bạn thì không. Điện thoại đã tắt nguồn là khó đọc nhất.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Bàn phím thấy mọi thứ bạn gõ, kể cả mật khẩu. Bàn phím này không có sẵn trên điện thoại. Nếu bạn đã chọn nó, hãy chắc chắn rằng bạn tin tưởng nhà sản xuất.</translation>
  </message>
  <message>
   <source>A keyboard sees everything you type, passwords too. This one was installed from outside an app store. If you did not choose it, someone may read what you type. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Bàn phím thấy mọi thứ bạn gõ, kể cả mật khẩu. Bàn phím này được cài đặt từ bên ngoài cửa hàng ứng dụng. Nếu bạn không chọn nó, có thể có người đang đọc những gì bạn gõ. Đừng gỡ bỏ vội: nếu nó đang theo dõi, việc gỡ bỏ có thể báo động cho người đã cài đặt. Trước tiên, hãy lưu lại bằng chứng và lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>A messaging app</source>
   <translation>Ứng dụng nhắn tin</translation>
  </message>
  <message>
   <source>A monitoring app</source>
   <translation>Ứng dụng giám sát</translation>
  </message>
  <message>
   <source>A monitoring app was found: {app}</source>
   <translation>Đã tìm thấy một ứng dụng giám sát: {app}</translation>
  </message>
  <message>
   <source>A number used for work and private life links the two for anyone who looks.</source>
   <translation>Dùng cùng một số điện thoại cho công việc và đời sống riêng sẽ khiến bất kỳ ai tìm hiểu cũng liên kết được hai việc này.</translation>
  </message>
  <message>
   <source>A partner's fingerprint or watch can be set up to open your phone.</source>
   <translation>Vân tay hoặc đồng hồ của bạn tình có thể được cài đặt để mở điện thoại của bạn.</translation>
  </message>
  <message>
   <source>A pattern is easy to guess, easy to see over your shoulder, and often leaves a mark on the screen. A PIN of 6 numbers or more, or a password, is much safer.</source>
   <translation>Hình mở khóa dễ đoán, dễ bị nhìn trộm qua vai và thường để lại vết trên màn hình. Mã PIN có từ 6 số trở lên, hoặc mật khẩu, an toàn hơn nhiều.</translation>
  </message>
  <message>
   <source>A phone grabbed just after its screen went dark may still open without the PIN.</source>
   <translation>Điện thoại bị giật lấy ngay sau khi màn hình tối có thể vẫn mở được mà không cần mã PIN.</translation>
  </message>
  <message>
   <source>A phone setting</source>
   <translation>Một cài đặt của điện thoại</translation>
  </message>
  <message>
   <source>A phone taken while it is still unlocked gives everything away.</source>
   <translation>Điện thoại bị lấy khi vẫn đang mở khóa sẽ lộ hết mọi thứ.</translation>
  </message>
  <message>
   <source>A phone taken while the screen is still on is open: nothing needs to be guessed. 30 seconds is safer.</source>
   <translation>Điện thoại bị lấy khi màn hình vẫn sáng là đang mở: không cần đoán gì cả. 30 giây an toàn hơn.</translation>
  </message>
  <message>
   <source>A phone that is switched off and locked with a PIN is the hardest to open.</source>
   <translation>Điện thoại đã tắt nguồn và được khóa bằng mã PIN là khó mở nhất.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police every chat with every client.</source>
   <translation>Điện thoại mở được mà không cần mã PIN sẽ cho cảnh sát thấy mọi cuộc trò chuyện với mọi khách hàng.</translation>
  </message>
  <message>
   <source>A phone that opens without a PIN gives police or a blackmailer everything on it.</source>
   <translation>Điện thoại mở được mà không cần mã PIN sẽ cho cảnh sát hoặc kẻ tống tiền thấy mọi thứ trên đó.</translation>
  </message>
  <message>
   <source>A phone that stays awake on the charger stays open to anyone.</source>
   <translation>Điện thoại luôn sáng màn hình khi đang sạc thì ai cũng mở được.</translation>
  </message>
  <message>
   <source>A phone that was switched off and not unlocked since is the hardest to read. If you expect police, a border or a raid, switch it off.</source>
   <translation>Điện thoại đã tắt nguồn và chưa được mở khóa kể từ đó là khó đọc nhất. Nếu bạn nghĩ sẽ gặp cảnh sát, qua biên giới hoặc bị đột kích, hãy tắt nguồn điện thoại.</translation>
  </message>
  <message>
   <source>A phone with about 600 apps (Pixel 6a, Android 13): many games, shops and tools; tests that the scan cost does not grow with the app count.</source>
   <translation>Một điện thoại có khoảng 600 ứng dụng (Pixel 6a, Android 13): nhiều trò chơi, cửa hàng và công cụ; kiểm tra rằng thời gian quét không tăng theo số ứng dụng.</translation>
  </message>
  <message>
   <source>A photo posted in an advert can carry where it was taken.</source>
   <translation>Ảnh đăng trong quảng cáo có thể mang theo thông tin nơi chụp.</translation>
  </message>
  <message>
   <source>A private browser keeps no history and blocks trackers; Tor Browser also hides where you are. Install one, then open Settings, then Apps, then Default apps, then Browser app.</source>
   <translation>Trình duyệt riêng tư không lưu lịch sử và chặn trình theo dõi; Tor Browser còn che giấu vị trí của bạn. Hãy cài một trình duyệt như vậy, rồi mở Cài đặt, rồi Ứng dụng, rồi Ứng dụng mặc định, rồi Ứng dụng trình duyệt.</translation>
  </message>
  <message>
   <source>A provider you chose</source>
   <translation>Nhà cung cấp do bạn chọn</translation>
  </message>
  <message>
   <source>A proxy is set for the whole phone: another computer can see, and change, what the phone sends and receives. If you did not set it up, someone may be watching your internet use.</source>
   <translation>Một proxy được đặt cho cả điện thoại: một máy tính khác có thể thấy và thay đổi những gì điện thoại gửi và nhận. Nếu bạn không tự thiết lập, có thể có người đang theo dõi việc bạn dùng internet.</translation>
  </message>
  <message>
   <source>A record helps a support service, and later a complaint, if you choose to make one.</source>
   <translation>Bằng chứng lưu lại giúp ích cho dịch vụ hỗ trợ, và về sau cho việc khiếu nại, nếu bạn chọn khiếu nại.</translation>
  </message>
  <message>
   <source>A screen lock is set</source>
   <translation>Đã đặt khóa màn hình</translation>
  </message>
  <message>
   <source>A second profile keeps apps apart, but it is on the same phone: whoever opens the phone may open it too, and a work profile is run by whoever manages it. Know what is in each.</source>
   <translation>Hồ sơ thứ hai giúp tách riêng các ứng dụng, nhưng vẫn nằm trên cùng một điện thoại: ai mở được điện thoại cũng có thể mở được hồ sơ đó, và hồ sơ công việc do bên quản lý nó điều hành. Hãy biết rõ trong mỗi hồ sơ có gì.</translation>
  </message>
  <message>
   <source>A security app is switched off: {service}</source>
   <translation>Một ứng dụng bảo mật đang bị tắt: {service}</translation>
  </message>
  <message>
   <source>A separate work identity</source>
   <translation>Một danh tính riêng cho công việc</translation>
  </message>
  <message>
   <source>A setting on this phone needs attention</source>
   <translation>Một cài đặt trên điện thoại này cần được chú ý</translation>
  </message>
  <message>
   <source>A setting was changed</source>
   <translation>Một cài đặt đã bị thay đổi</translation>
  </message>
  <message>
   <source>A sex worker organisation, a domestic violence service or a digital security helpline can help you check the phone and decide what to do. Keep using the phone as usual until you have a plan.</source>
   <translation>Một tổ chức của người lao động tình dục, một dịch vụ hỗ trợ nạn nhân bạo lực gia đình hoặc một đường dây hỗ trợ an ninh kỹ thuật số có thể giúp bạn kiểm tra điện thoại và quyết định nên làm gì. Hãy tiếp tục dùng điện thoại như bình thường cho đến khi bạn có kế hoạch.</translation>
  </message>
  <message>
   <source>A social app</source>
   <translation>Ứng dụng mạng xã hội</translation>
  </message>
  <message>
   <source>A spying app</source>
   <translation>Ứng dụng theo dõi lén</translation>
  </message>
  <message>
   <source>A spying app shows someone else your messages, calls and location.</source>
   <translation>Ứng dụng theo dõi lén cho người khác thấy tin nhắn, cuộc gọi và vị trí của bạn.</translation>
  </message>
  <message>
   <source>A spying app was found: {app}</source>
   <translation>Đã tìm thấy một ứng dụng theo dõi lén: {app}</translation>
  </message>
  <message>
   <source>A translation app</source>
   <translation>Ứng dụng dịch</translation>
  </message>
  <message>
   <source>A work profile is managed by {app}</source>
   <translation>Hồ sơ công việc do {app} quản lý</translation>
  </message>
  <message>
   <source>Accessibility access lets an app read everything on the screen, see what you type, and tap for you. Spying apps use it. Keep it only for apps you chose, like a screen reader.</source>
   <translation>Quyền hỗ trợ tiếp cận cho phép ứng dụng đọc mọi thứ trên màn hình, xem những gì bạn gõ và nhấn thay bạn. Các ứng dụng theo dõi lén dùng quyền này. Chỉ giữ quyền này cho những ứng dụng bạn đã chọn, như trình đọc màn hình.</translation>
  </message>
  <message>
   <source>Accessibility apps: could not be read</source>
   <translation>Ứng dụng hỗ trợ tiếp cận: không đọc được</translation>
  </message>
  <message>
   <source>Account</source>
   <translation>Tài khoản</translation>
  </message>
  <message>
   <source>Accounts copy data off the phone automatically</source>
   <translation>Các tài khoản tự động sao chép dữ liệu ra khỏi điện thoại</translation>
  </message>
  <message>
   <source>Accounts on this phone: {service} ({count})</source>
   <translation>Tài khoản trên điện thoại này: {service} ({count})</translation>
  </message>
  <message>
   <source>Accounts: could not be read</source>
   <translation>Tài khoản: không đọc được</translation>
  </message>
  <message>
   <source>Advanced Protection came with Android 16. On this phone, a strong PIN, Lockdown and switching the phone off do the most.</source>
   <translation>Tính năng Bảo vệ nâng cao có từ Android 16. Trên điện thoại này, mã PIN mạnh, Chế độ khóa và tắt nguồn điện thoại là những cách hiệu quả nhất.</translation>
  </message>
  <message>
   <source>Advanced Protection is off</source>
   <translation>Bảo vệ nâng cao đang tắt</translation>
  </message>
  <message>
   <source>Advanced Protection is on</source>
   <translation>Bảo vệ nâng cao đang bật</translation>
  </message>
  <message>
   <source>Advanced Protection: could not be read</source>
   <translation>Bảo vệ nâng cao: không đọc được</translation>
  </message>
  <message>
   <source>Advertising and dating apps while police are looking</source>
   <translation>Ứng dụng quảng cáo và hẹn hò khi cảnh sát đang theo dõi</translation>
  </message>
  <message>
   <source>After 5 minutes</source>
   <translation>Sau 5 phút</translation>
  </message>
  <message>
   <source>After a restart</source>
   <translation>Sau khi khởi động lại</translation>
  </message>
  <message>
   <source>After the screen goes dark, anyone who picks the phone up in that time can open it without your PIN. Lock it straight away, or after 5 seconds at most.</source>
   <translation>Sau khi màn hình tối, bất kỳ ai cầm điện thoại lên trong khoảng thời gian đó đều có thể mở mà không cần mã PIN của bạn. Hãy khóa ngay, hoặc tối đa sau 5 giây.</translation>
  </message>
  <message>
   <source>Already fine</source>
   <translation>Đã ổn</translation>
  </message>
  <message>
   <source>Already set safely, and left as they were: {count}.</source>
   <translation>Đã được đặt an toàn và giữ nguyên: {count}.</translation>
  </message>
  <message>
   <source>An app</source>
   <translation>Một ứng dụng</translation>
  </message>
  <message>
   <source>An app (name not read)</source>
   <translation>Một ứng dụng (không đọc được tên)</translation>
  </message>
  <message>
   <source>An app allowed to record the screen without asking can copy your shows and chats.</source>
   <translation>Ứng dụng được phép ghi màn hình mà không hỏi có thể sao chép các buổi diễn và cuộc trò chuyện của bạn.</translation>
  </message>
  <message>
   <source>An app store</source>
   <translation>Cửa hàng ứng dụng</translation>
  </message>
  <message>
   <source>An app that draws over others can show fake screens to steal your PIN.</source>
   <translation>Ứng dụng hiển thị trên các ứng dụng khác có thể hiện màn hình giả để đánh cắp mã PIN của bạn.</translation>
  </message>
  <message>
   <source>An app that reads notifications sees every message preview.</source>
   <translation>Ứng dụng đọc thông báo sẽ thấy nội dung xem trước của mọi tin nhắn.</translation>
  </message>
  <message>
   <source>An app that reads your contacts can link your work profile to people you know.</source>
   <translation>Ứng dụng đọc danh bạ của bạn có thể liên kết hồ sơ công việc của bạn với những người bạn quen.</translation>
  </message>
  <message>
   <source>An app with accessibility access can read your screen and act as you.</source>
   <translation>Ứng dụng có quyền hỗ trợ tiếp cận có thể đọc màn hình và thao tác thay bạn.</translation>
  </message>
  <message>
   <source>An app with the camera or microphone can record you and your shows.</source>
   <translation>Ứng dụng có quyền dùng máy ảnh hoặc micrô có thể ghi hình bạn và các buổi diễn của bạn.</translation>
  </message>
  <message>
   <source>An exact location shows where you live and work; an approximate one is enough to meet nearby.</source>
   <translation>Vị trí chính xác cho thấy nơi bạn sống và làm việc; vị trí gần đúng là đủ để hẹn gặp ở gần.</translation>
  </message>
  <message>
   <source>An officer holding the locked phone can read messages that show on its screen.</source>
   <translation>Nhân viên chức trách cầm điện thoại đang khóa vẫn đọc được các tin nhắn hiện trên màn hình.</translation>
  </message>
  <message>
   <source>An outreach phone with survey or client data</source>
   <translation>Điện thoại tiếp cận cộng đồng có dữ liệu khảo sát hoặc dữ liệu khách hàng</translation>
  </message>
  <message>
   <source>An undo code has 12 letters and digits, like 7KQ2-M9XD-4TPR.</source>
   <translation>Mã hoàn tác gồm 12 chữ cái và chữ số, ví dụ 7KQ2-M9XD-4TPR.</translation>
  </message>
  <message>
   <source>Android 16 can block apps from outside the store, old 2G networks and new USB connections while the phone is locked. It makes a taken phone harder to read, with some limits on apps.</source>
   <translation>Android 16 có thể chặn ứng dụng từ bên ngoài cửa hàng, mạng 2G cũ và kết nối USB mới khi điện thoại đang khóa. Điều này khiến điện thoại bị lấy khó bị đọc hơn, nhưng hạn chế một số ứng dụng.</translation>
  </message>
  <message>
   <source>Android backup copies app data and settings, and with Google often text messages and call history, to your account. Anyone with the password, or the company when police ask, can read it without the phone.</source>
   <translation>Tính năng sao lưu của Android sao chép dữ liệu ứng dụng và cài đặt, và với Google thường cả tin nhắn văn bản và nhật ký cuộc gọi, vào tài khoản của bạn. Bất kỳ ai có mật khẩu, hoặc công ty khi cảnh sát yêu cầu, đều có thể đọc được mà không cần điện thoại.</translation>
  </message>
  <message>
   <source>Android backup is off</source>
   <translation>Sao lưu Android đang tắt</translation>
  </message>
  <message>
   <source>Android backup to the cloud</source>
   <translation>Sao lưu Android lên đám mây</translation>
  </message>
  <message>
   <source>Android is running this app as an accessibility service, which lets it read everything on the screen, but it is not in the list of accessibility apps in Settings. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Android đang chạy ứng dụng này như một dịch vụ hỗ trợ tiếp cận, cho phép ứng dụng đọc mọi thứ trên màn hình, nhưng ứng dụng không có trong danh sách ứng dụng hỗ trợ tiếp cận trong Cài đặt. Đừng gỡ bỏ vội: nếu nó đang theo dõi, việc gỡ bỏ có thể báo động cho người đã cài đặt. Trước tiên, hãy lưu lại bằng chứng và lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>Android:</source>
   <translation>Android:</translation>
  </message>
  <message>
   <source>Another program on this computer (Google's "adb" server, process {pid}) is using the phone. hardener can go through it: the phone may then ask "Allow USB debugging?" once more, for that program. Or hardener can stop it if you agree, or you can close that program yourself.</source>
   <translation>Một chương trình khác trên máy tính này (máy chủ "adb" của Google, tiến trình {pid}) đang dùng điện thoại. hardener có thể kết nối thông qua chương trình đó: khi đó điện thoại có thể hỏi lại "Cho phép gỡ lỗi qua USB?" một lần nữa, cho chương trình đó. Hoặc hardener có thể dừng chương trình đó nếu bạn đồng ý, hoặc bạn có thể tự đóng chương trình đó.</translation>
  </message>
  <message>
   <source>Another session is changing this phone right now. Wait until it has finished, then try again. (If no other session is running, try again in {minutes} minutes.)</source>
   <translation>Một phiên làm việc khác đang thay đổi điện thoại này. Hãy chờ đến khi phiên đó xong rồi thử lại. (Nếu không có phiên nào khác đang chạy, hãy thử lại sau {minutes} phút.)</translation>
  </message>
  <message>
   <source>Anyone holding the locked phone can read messages that show on its screen.</source>
   <translation>Bất kỳ ai cầm điện thoại đang khóa đều đọc được các tin nhắn hiện trên màn hình.</translation>
  </message>
  <message>
   <source>Anyone who picks up this phone can open it and read everything: messages, photos, contacts and translation history. Set a PIN of 6 numbers or more, or a password.</source>
   <translation>Bất kỳ ai cầm điện thoại này lên đều có thể mở và đọc mọi thứ: tin nhắn, ảnh, danh bạ và lịch sử dịch. Hãy đặt mã PIN có từ 6 số trở lên, hoặc mật khẩu.</translation>
  </message>
  <message>
   <source>App permissions: could not be read</source>
   <translation>Quyền của ứng dụng: không đọc được</translation>
  </message>
  <message numerus="yes">
   <source>Apply %n change(s)?</source>
   <translation>
    <numerusform>Áp dụng %n thay đổi?</numerusform>
   </translation>
  </message>
  <message>
   <source>Apps and permissions</source>
   <translation>Ứng dụng và quyền</translation>
  </message>
  <message>
   <source>Apps like this upload your contacts and use them to suggest "people you may know". Clients, colleagues or family can then be shown your profile, or you theirs. That can out you.</source>
   <translation>Những ứng dụng như thế này tải danh bạ của bạn lên và dùng để gợi ý "những người bạn có thể biết". Khi đó khách hàng, đồng nghiệp hoặc gia đình có thể được cho xem hồ sơ của bạn, hoặc bạn thấy hồ sơ của họ. Điều đó có thể làm lộ bạn.</translation>
  </message>
  <message>
   <source>Apps posing as Android: could not be read</source>
   <translation>Ứng dụng giả làm Android: không đọc được</translation>
  </message>
  <message>
   <source>Apps that act like spying apps: could not be read</source>
   <translation>Ứng dụng hoạt động giống ứng dụng theo dõi lén: không đọc được</translation>
  </message>
  <message>
   <source>Apps that can install apps: could not be read</source>
   <translation>Ứng dụng có thể cài đặt ứng dụng khác: không đọc được</translation>
  </message>
  <message>
   <source>Apps that draw over other apps: could not be read</source>
   <translation>Ứng dụng hiển thị trên các ứng dụng khác: không đọc được</translation>
  </message>
  <message>
   <source>Apps that read your contacts can show your profile to clients or family.</source>
   <translation>Ứng dụng đọc danh bạ của bạn có thể cho khách hàng hoặc gia đình thấy hồ sơ của bạn.</translation>
  </message>
  <message>
   <source>Apps without an icon: could not be read</source>
   <translation>Ứng dụng không có biểu tượng: không đọc được</translation>
  </message>
  <message>
   <source>Apps you allowed can learn where you are. Switch location off when you go to work or to a place others must not know about, and on again when you need a map.</source>
   <translation>Các ứng dụng bạn đã cho phép có thể biết bạn đang ở đâu. Hãy tắt vị trí khi bạn đi làm hoặc đến nơi mà người khác không được biết, và bật lại khi cần dùng bản đồ.</translation>
  </message>
  <message>
   <source>Apps: {apps}</source>
   <translation>Ứng dụng: {apps}</translation>
  </message>
  <message>
   <source>Ask your phone company to block the SIM card and give you a new one. You can usually keep your number.</source>
   <translation>Hãy yêu cầu nhà mạng khóa thẻ SIM và cấp cho bạn thẻ mới. Thường bạn có thể giữ số điện thoại của mình.</translation>
  </message>
  <message>
   <source>Assume everything on it was copied</source>
   <translation>Hãy coi như mọi thứ trên đó đã bị sao chép</translation>
  </message>
  <message>
   <source>At the border: switch the phone off</source>
   <translation>Tại biên giới: tắt nguồn điện thoại</translation>
  </message>
  <message>
   <source>At the end, let hardener finish the session, or open Settings, then System, then Developer options, and turn the top switch off.</source>
   <translation>Khi kết thúc, hãy để hardener kết thúc phiên làm việc, hoặc mở Cài đặt, rồi Hệ thống, rồi Tùy chọn cho nhà phát triển, và tắt nút gạt trên cùng.</translation>
  </message>
  <message>
   <source>At the end: revoke USB debugging authorisations</source>
   <translation>Khi kết thúc: thu hồi quyền gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>At the end: turn wireless debugging off</source>
   <translation>Khi kết thúc: tắt gỡ lỗi không dây</translation>
  </message>
  <message>
   <source>Automatic</source>
   <translation>Tự động</translation>
  </message>
  <message>
   <source>Automatic sync has no account to copy to</source>
   <translation>Tự động đồng bộ hóa không có tài khoản nào để sao chép vào</translation>
  </message>
  <message>
   <source>Automatic sync is off</source>
   <translation>Tự động đồng bộ hóa đang tắt</translation>
  </message>
  <message>
   <source>Automatic sync: could not be read</source>
   <translation>Tự động đồng bộ hóa: không đọc được</translation>
  </message>
  <message>
   <source>Backup: could not be read</source>
   <translation>Sao lưu: không đọc được</translation>
  </message>
  <message>
   <source>Before a possible arrest or raid</source>
   <translation>Trước khi có thể bị bắt hoặc bị đột kích</translation>
  </message>
  <message>
   <source>Before a search: switch off, or lock it down</source>
   <translation>Trước khi bị khám xét: tắt nguồn, hoặc dùng Chế độ khóa</translation>
  </message>
  <message>
   <source>Before you change anything, keep proof: take photos of this screen with another phone, or save this report on a device only you use. It can help later with a support organisation or a lawyer, whatever you decide.</source>
   <translation>Trước khi thay đổi bất cứ điều gì, hãy giữ bằng chứng: chụp ảnh màn hình này bằng một điện thoại khác, hoặc lưu báo cáo này trên một thiết bị chỉ mình bạn dùng. Điều này có thể giúp ích về sau với một tổ chức hỗ trợ hoặc luật sư, dù bạn quyết định thế nào.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 1000 apps.</source>
   <translation>Điện thoại đo hiệu năng: Pixel 6a chạy Android 13 với khoảng 1000 ứng dụng.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 300 apps.</source>
   <translation>Điện thoại đo hiệu năng: Pixel 6a chạy Android 13 với khoảng 300 ứng dụng.</translation>
  </message>
  <message>
   <source>Benchmark phone: Pixel 6a on Android 13 with about 50 apps.</source>
   <translation>Điện thoại đo hiệu năng: Pixel 6a chạy Android 13 với khoảng 50 ứng dụng.</translation>
  </message>
  <message>
   <source>Besides this computer, the phone trusts other computers for USB debugging (number: {others}). Whoever has one of them can plug in the phone when it is unlocked and copy files, install apps or watch the screen. Revoke the authorisations when hardener has finished.</source>
   <translation>Ngoài máy tính này, điện thoại còn tin cậy các máy tính khác để gỡ lỗi qua USB (số lượng: {others}). Ai có một trong các máy tính đó đều có thể cắm điện thoại vào khi nó đang mở khóa để sao chép tệp, cài ứng dụng hoặc xem màn hình. Hãy thu hồi các quyền này khi hardener đã xong.</translation>
  </message>
  <message>
   <source>Bluetooth scanning while Bluetooth is off</source>
   <translation>Quét tìm Bluetooth khi Bluetooth đang tắt</translation>
  </message>
  <message>
   <source>Border officers can search a phone that opens without a PIN.</source>
   <translation>Nhân viên biên phòng có thể khám xét điện thoại mở được mà không cần mã PIN.</translation>
  </message>
  <message>
   <source>Call or write for help from a phone or computer the watcher has never touched. A watched phone can show them who you contacted.</source>
   <translation>Hãy gọi điện hoặc nhắn tin xin trợ giúp từ một điện thoại hoặc máy tính mà người theo dõi chưa từng chạm vào. Điện thoại bị theo dõi có thể cho họ thấy bạn đã liên lạc với ai.</translation>
  </message>
  <message>
   <source>Camera, microphone, screen recording and accessibility: only for the apps you choose.</source>
   <translation>Máy ảnh, micrô, ghi màn hình và hỗ trợ tiếp cận: chỉ dành cho các ứng dụng bạn chọn.</translation>
  </message>
  <message>
   <source>Certificates added to the phone: could not be read</source>
   <translation>Chứng chỉ được thêm vào điện thoại: không đọc được</translation>
  </message>
  <message>
   <source>Change your passwords</source>
   <translation>Đổi mật khẩu của bạn</translation>
  </message>
  <message>
   <source>Charge the phone fully and keep it plugged in. Open Settings, then Security, then Encrypt phone. It can take an hour. Set a PIN or password first.</source>
   <translation>Sạc đầy điện thoại và giữ cắm sạc. Mở Cài đặt, rồi Bảo mật, rồi Mã hóa điện thoại. Việc này có thể mất một giờ. Hãy đặt mã PIN hoặc mật khẩu trước.</translation>
  </message>
  <message>
   <source>Chats and photos backed up to the cloud can be read without the phone.</source>
   <translation>Cuộc trò chuyện và ảnh được sao lưu lên đám mây có thể bị đọc mà không cần điện thoại.</translation>
  </message>
  <message>
   <source>Check Google Photos backup</source>
   <translation>Kiểm tra sao lưu của Google Photos</translation>
  </message>
  <message>
   <source>Check Samsung Cloud</source>
   <translation>Kiểm tra Samsung Cloud</translation>
  </message>
  <message>
   <source>Check WhatsApp and photo backups</source>
   <translation>Kiểm tra bản sao lưu WhatsApp và ảnh</translation>
  </message>
  <message>
   <source>Check WhatsApp chat backup</source>
   <translation>Kiểm tra bản sao lưu cuộc trò chuyện WhatsApp</translation>
  </message>
  <message>
   <source>Check Xiaomi Cloud</source>
   <translation>Kiểm tra Xiaomi Cloud</translation>
  </message>
  <message>
   <source>Check apps from outside an app store</source>
   <translation>Kiểm tra ứng dụng từ bên ngoài cửa hàng ứng dụng</translation>
  </message>
  <message>
   <source>Check apps that did not come from an app store</source>
   <translation>Kiểm tra ứng dụng không đến từ cửa hàng ứng dụng</translation>
  </message>
  <message>
   <source>Check apps that draw over other apps</source>
   <translation>Kiểm tra ứng dụng hiển thị trên các ứng dụng khác</translation>
  </message>
  <message>
   <source>Check apps with usage access</source>
   <translation>Kiểm tra ứng dụng có quyền truy cập dữ liệu sử dụng</translation>
  </message>
  <message>
   <source>Check device admin apps</source>
   <translation>Kiểm tra ứng dụng quản trị thiết bị</translation>
  </message>
  <message>
   <source>Check fingerprint and face unlock</source>
   <translation>Kiểm tra mở khóa bằng vân tay và khuôn mặt</translation>
  </message>
  <message>
   <source>Check fingerprints, face and Smart Lock when it is safe</source>
   <translation>Kiểm tra vân tay, khuôn mặt và Smart Lock khi an toàn</translation>
  </message>
  <message>
   <source>Check only</source>
   <translation>Chỉ kiểm tra</translation>
  </message>
  <message>
   <source>Check only, then talk to someone you trust</source>
   <translation>Chỉ kiểm tra, rồi nói chuyện với người bạn tin tưởng</translation>
  </message>
  <message>
   <source>Check that this app needs these. You can take away any of them; the app will ask again if it really needs one.</source>
   <translation>Hãy kiểm tra xem ứng dụng này có cần những quyền này không. Bạn có thể thu hồi bất kỳ quyền nào; ứng dụng sẽ hỏi lại nếu thực sự cần.</translation>
  </message>
  <message>
   <source>Check the accounts</source>
   <translation>Kiểm tra các tài khoản</translation>
  </message>
  <message>
   <source>Check what is backed up</source>
   <translation>Kiểm tra những gì được sao lưu</translation>
  </message>
  <message>
   <source>Check what this app uploads</source>
   <translation>Kiểm tra những gì ứng dụng này tải lên</translation>
  </message>
  <message>
   <source>Check what your apps back up to the cloud</source>
   <translation>Kiểm tra những gì các ứng dụng của bạn sao lưu lên đám mây</translation>
  </message>
  <message>
   <source>Check which apps may record your screen</source>
   <translation>Kiểm tra những ứng dụng nào có thể ghi màn hình của bạn</translation>
  </message>
  <message>
   <source>Check which browser opens your links, and choose one that keeps less about you.</source>
   <translation>Kiểm tra trình duyệt nào mở các đường liên kết của bạn, và chọn trình duyệt lưu ít thông tin về bạn hơn.</translation>
  </message>
  <message>
   <source>Check which keyboard you use</source>
   <translation>Kiểm tra bàn phím bạn đang dùng</translation>
  </message>
  <message>
   <source>Check who can find you by your number</source>
   <translation>Kiểm tra ai có thể tìm thấy bạn qua số điện thoại</translation>
  </message>
  <message>
   <source>Check whose fingerprint, face or trusted device opens the phone</source>
   <translation>Kiểm tra vân tay, khuôn mặt hoặc thiết bị tin cậy của ai có thể mở điện thoại</translation>
  </message>
  <message>
   <source>Check your default apps</source>
   <translation>Kiểm tra các ứng dụng mặc định</translation>
  </message>
  <message>
   <source>Choose a browser that keeps less about you</source>
   <translation>Chọn trình duyệt lưu ít thông tin về bạn hơn</translation>
  </message>
  <message>
   <source>Choose what syncs to the cloud</source>
   <translation>Chọn những gì được đồng bộ hóa lên đám mây</translation>
  </message>
  <message>
   <source>Choose what this account copies</source>
   <translation>Chọn những gì tài khoản này sao chép</translation>
  </message>
  <message>
   <source>Clear history inside the translation app</source>
   <translation>Xóa lịch sử trong ứng dụng dịch</translation>
  </message>
  <message>
   <source>Clear the history in the app</source>
   <translation>Xóa lịch sử trong ứng dụng</translation>
  </message>
  <message>
   <source>Clear translation history</source>
   <translation>Xóa lịch sử dịch</translation>
  </message>
  <message>
   <source>Clear translation history before you travel</source>
   <translation>Xóa lịch sử dịch trước khi đi xa</translation>
  </message>
  <message>
   <source>Cloud accounts, sync and backup</source>
   <translation>Tài khoản đám mây, đồng bộ hóa và sao lưu</translation>
  </message>
  <message>
   <source>Cloud apps: could not be read</source>
   <translation>Ứng dụng đám mây: không đọc được</translation>
  </message>
  <message>
   <source>Computers allowed for USB debugging stay allowed for ever</source>
   <translation>Các máy tính được phép gỡ lỗi qua USB sẽ được phép mãi mãi</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: could not be read</source>
   <translation>Máy tính được tin cậy để gỡ lỗi qua USB: không đọc được</translation>
  </message>
  <message>
   <source>Computers trusted for USB debugging: {count}</source>
   <translation>Máy tính được tin cậy để gỡ lỗi qua USB: {count}</translation>
  </message>
  <message>
   <source>Connect with: {command}   (Ctrl-C stops it)</source>
   <translation>Kết nối bằng: {command}   (Ctrl-C để dừng)</translation>
  </message>
  <message>
   <source>Contacts and photos in the cloud can be read without the phone.</source>
   <translation>Danh bạ và ảnh trên đám mây có thể bị đọc mà không cần điện thoại.</translation>
  </message>
  <message>
   <source>Could not be checked</source>
   <translation>Không kiểm tra được</translation>
  </message>
  <message>
   <source>Could not be checked ({count}):</source>
   <translation>Không kiểm tra được ({count}):</translation>
  </message>
  <message>
   <source>Could not check</source>
   <translation>Không kiểm tra được</translation>
  </message>
  <message>
   <source>Could not reach the keyring, so the key (if there is one) was not removed: {problem}</source>
   <translation>Không truy cập được chùm khóa (keyring), nên khóa (nếu có) chưa bị xóa: {problem}</translation>
  </message>
  <message>
   <source>Crossing a border or travelling</source>
   <translation>Qua biên giới hoặc đi xa</translation>
  </message>
  <message>
   <source>Dating and advertising apps kept from your contacts and your exact location, a separate number, and messages off the lock screen.</source>
   <translation>Ứng dụng hẹn hò và quảng cáo không được truy cập danh bạ và vị trí chính xác của bạn, dùng một số điện thoại riêng, và không hiện tin nhắn trên màn hình khóa.</translation>
  </message>
  <message>
   <source>Dating apps and location: could not be read</source>
   <translation>Ứng dụng hẹn hò và vị trí: không đọc được</translation>
  </message>
  <message>
   <source>Deal with spying apps only after a safety plan</source>
   <translation>Chỉ xử lý ứng dụng theo dõi lén sau khi có kế hoạch an toàn</translation>
  </message>
  <message>
   <source>Deal with spying apps safely</source>
   <translation>Xử lý ứng dụng theo dõi lén một cách an toàn</translation>
  </message>
  <message>
   <source>Default SMS and phone apps: could not be read</source>
   <translation>Ứng dụng SMS và điện thoại mặc định: không đọc được</translation>
  </message>
  <message>
   <source>Default browser: could not be read</source>
   <translation>Trình duyệt mặc định: không đọc được</translation>
  </message>
  <message>
   <source>Delete Translate history in your Google account</source>
   <translation>Xóa lịch sử Google Dịch trong tài khoản Google của bạn</translation>
  </message>
  <message>
   <source>Delete saved phrases</source>
   <translation>Xóa các cụm từ đã lưu</translation>
  </message>
  <message>
   <source>Delete translation history in your Google account</source>
   <translation>Xóa lịch sử dịch trong tài khoản Google của bạn</translation>
  </message>
  <message>
   <source>Delete translation history kept in your Google account</source>
   <translation>Xóa lịch sử dịch được lưu trong tài khoản Google của bạn</translation>
  </message>
  <message>
   <source>Delete translation history kept in your account</source>
   <translation>Xóa lịch sử dịch được lưu trong tài khoản của bạn</translation>
  </message>
  <message>
   <source>Developer options</source>
   <translation>Tùy chọn cho nhà phát triển</translation>
  </message>
  <message>
   <source>Device admin apps: could not be read</source>
   <translation>Ứng dụng quản trị thiết bị: không đọc được</translation>
  </message>
  <message>
   <source>Device admin rights let an app lock the phone, erase it, or stop you from removing it. Keep them only for apps you know, like Find My Device or a work app.</source>
   <translation>Quyền quản trị thiết bị cho phép ứng dụng khóa điện thoại, xóa sạch điện thoại, hoặc ngăn bạn gỡ bỏ ứng dụng. Chỉ giữ quyền này cho những ứng dụng bạn biết, như Tìm thiết bị hoặc ứng dụng công việc.</translation>
  </message>
  <message>
   <source>Do you know this app?</source>
   <translation>Bạn có biết ứng dụng này không?</translation>
  </message>
  <message>
   <source>Do you know why this app is here?</source>
   <translation>Bạn có biết vì sao ứng dụng này có ở đây không?</translation>
  </message>
  <message>
   <source>Done: {changed} changed, {already} already fine, {not_applied} not applied, {skipped} skipped, {failed} failed ({round_trips} round trips).</source>
   <translation>Xong: {changed} đã thay đổi, {already} đã ổn, {not_applied} chưa áp dụng, {skipped} đã bỏ qua, {failed} thất bại ({round_trips} lượt trao đổi với điện thoại).</translation>
  </message>
  <message>
   <source>Each account signed in on the phone opens its mail, photos and chats to a search.</source>
   <translation>Mỗi tài khoản đăng nhập trên điện thoại đều để lộ thư, ảnh và cuộc trò chuyện của tài khoản đó khi bị khám xét.</translation>
  </message>
  <message>
   <source>Each time an app asks to record or cast your screen, read which app it is. Ticking "Don't show again" lets it record later without asking.</source>
   <translation>Mỗi khi một ứng dụng xin ghi hoặc truyền màn hình của bạn, hãy đọc xem đó là ứng dụng nào. Đánh dấu "Không hiển thị lại" sẽ cho phép ứng dụng ghi màn hình về sau mà không hỏi.</translation>
  </message>
  <message>
   <source>Encrypt the phone</source>
   <translation>Mã hóa điện thoại</translation>
  </message>
  <message>
   <source>Encryption:</source>
   <translation>Mã hóa:</translation>
  </message>
  <message>
   <source>Encryption: could not be read</source>
   <translation>Mã hóa: không đọc được</translation>
  </message>
  <message>
   <source>Erase the undo record on the phone? Changes can then not be undone.</source>
   <translation>Xóa bản ghi hoàn tác trên điện thoại? Khi đó sẽ không thể hoàn tác các thay đổi nữa.</translation>
  </message>
  <message>
   <source>Even with Wi-Fi and Bluetooth off, the phone looks for networks and devices nearby. That tells apps and Google where you are, indoors too. Few people need it.</source>
   <translation>Ngay cả khi Wi-Fi và Bluetooth đã tắt, điện thoại vẫn tìm kiếm mạng và thiết bị ở gần. Điều này cho ứng dụng và Google biết bạn đang ở đâu, kể cả trong nhà. Ít người cần tính năng này.</translation>
  </message>
  <message>
   <source>Every accessibility service Android is running is in the list in Settings.</source>
   <translation>Mọi dịch vụ hỗ trợ tiếp cận mà Android đang chạy đều có trong danh sách ở Cài đặt.</translation>
  </message>
  <message>
   <source>Every app installed outside a store has an icon</source>
   <translation>Mọi ứng dụng được cài đặt ngoài cửa hàng đều có biểu tượng</translation>
  </message>
  <message>
   <source>Every app with a name Android keeps for itself came with the phone.</source>
   <translation>Mọi ứng dụng có tên mà Android dành riêng cho mình đều có sẵn trên điện thoại.</translation>
  </message>
  <message>
   <source>Every app you installed came from an app store</source>
   <translation>Mọi ứng dụng bạn đã cài đặt đều đến từ cửa hàng ứng dụng</translation>
  </message>
  <message>
   <source>Everything kept inside the app goes too: the offline languages you downloaded, saved phrases, settings and the sign-in. You can download languages again later.</source>
   <translation>Mọi thứ lưu trong ứng dụng cũng sẽ mất: các ngôn ngữ ngoại tuyến bạn đã tải xuống, các cụm từ đã lưu, cài đặt và thông tin đăng nhập. Bạn có thể tải lại các ngôn ngữ sau.</translation>
  </message>
  <message>
   <source>Everything on this phone is in one place. If work and private life share it, keep them on separate numbers and accounts.</source>
   <translation>Mọi thứ trên điện thoại này đều ở cùng một chỗ. Nếu công việc và đời sống riêng dùng chung điện thoại, hãy tách chúng ra bằng số điện thoại và tài khoản riêng.</translation>
  </message>
  <message>
   <source>Face unlock is set up</source>
   <translation>Đã thiết lập mở khóa bằng khuôn mặt</translation>
  </message>
  <message>
   <source>Find out before you travel what the law lets officers ask at this border. A sex worker organisation or a migrants' rights group can tell you.</source>
   <translation>Trước khi đi, hãy tìm hiểu luật cho phép nhân viên chức trách yêu cầu những gì tại cửa khẩu này. Một tổ chức của người lao động tình dục hoặc một nhóm bảo vệ quyền của người di cư có thể cho bạn biết.</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock are set up</source>
   <translation>Đã thiết lập mở khóa bằng vân tay và khuôn mặt</translation>
  </message>
  <message>
   <source>Fingerprint and face unlock: could not be read</source>
   <translation>Mở khóa bằng vân tay và khuôn mặt: không đọc được</translation>
  </message>
  <message>
   <source>Fingerprint unlock is set up</source>
   <translation>Đã thiết lập mở khóa bằng vân tay</translation>
  </message>
  <message>
   <source>Fixed</source>
   <translation>Đã khắc phục</translation>
  </message>
  <message>
   <source>For a first visit, or a phone someone may be watching: look before changing anything.</source>
   <translation>Dành cho lần đầu đến, hoặc điện thoại có thể đang bị ai đó theo dõi: xem xét trước khi thay đổi bất cứ điều gì.</translation>
  </message>
  <message>
   <source>For a team phone that holds other people's data: lock it hard and keep that data out of the cloud.</source>
   <translation>Dành cho điện thoại của nhóm có chứa dữ liệu của người khác: khóa thật chặt và không để dữ liệu đó lên đám mây.</translation>
  </message>
  <message>
   <source>For anyone crossing a border or travelling for work, above all migrants whose status could be questioned.</source>
   <translation>Dành cho bất kỳ ai qua biên giới hoặc đi xa để làm việc, nhất là người di cư có thể bị xét hỏi về tình trạng cư trú.</translation>
  </message>
  <message>
   <source>For anyone who could be arrested, raided or searched by police, with the phone taken.</source>
   <translation>Dành cho bất kỳ ai có thể bị cảnh sát bắt, đột kích hoặc khám xét, và bị lấy điện thoại.</translation>
  </message>
  <message>
   <source>For anyone who does webcam shows or makes content on this phone.</source>
   <translation>Dành cho bất kỳ ai biểu diễn qua webcam hoặc làm nội dung trên điện thoại này.</translation>
  </message>
  <message>
   <source>For anyone who finds clients on dating apps, social media or advertising sites where police also look.</source>
   <translation>Dành cho bất kỳ ai tìm khách trên ứng dụng hẹn hò, mạng xã hội hoặc trang quảng cáo mà cảnh sát cũng theo dõi.</translation>
  </message>
  <message>
   <source>For anyone who keeps sex work apart from family, friends and a day job.</source>
   <translation>Dành cho bất kỳ ai giữ kín công việc lao động tình dục với gia đình, bạn bè và công việc ban ngày.</translation>
  </message>
  <message>
   <source>For anyone whose partner, ex-partner or client may be reading their phone, or uses what is on it against them.</source>
   <translation>Dành cho bất kỳ ai có bạn tình, người yêu cũ hoặc khách hàng có thể đang đọc điện thoại của họ, hoặc dùng những gì trên đó để chống lại họ.</translation>
  </message>
  <message>
   <source>For migrants and anyone who talks with clients or officials through a translation app.</source>
   <translation>Dành cho người di cư và bất kỳ ai nói chuyện với khách hàng hoặc nhân viên chức trách qua ứng dụng dịch.</translation>
  </message>
  <message>
   <source>For outreach workers and organisations whose phone holds other people's data.</source>
   <translation>Dành cho nhân viên tiếp cận cộng đồng và các tổ chức có điện thoại chứa dữ liệu của người khác.</translation>
  </message>
  <message>
   <source>For someone who uses translation apps every day: keep their history short and away from the cloud.</source>
   <translation>Dành cho người dùng ứng dụng dịch hằng ngày: giữ lịch sử ngắn và không để lên đám mây.</translation>
  </message>
  <message numerus="yes">
   <source>Found: %n problem(s) to fix.</source>
   <translation>
    <numerusform>Đã tìm thấy %n vấn đề cần khắc phục.</numerusform>
   </translation>
  </message>
  <message>
   <source>From another phone or computer, change the passwords of your email, messaging, social media and cloud accounts.</source>
   <translation>Từ một điện thoại hoặc máy tính khác, hãy đổi mật khẩu các tài khoản email, nhắn tin, mạng xã hội và đám mây của bạn.</translation>
  </message>
  <message>
   <source>Get help from people who know</source>
   <translation>Tìm trợ giúp từ những người hiểu biết</translation>
  </message>
  <message>
   <source>Give dating apps only an approximate location</source>
   <translation>Chỉ cho ứng dụng hẹn hò biết vị trí gần đúng</translation>
  </message>
  <message>
   <source>Go through the results</source>
   <translation>Xem qua các kết quả</translation>
  </message>
  <message>
   <source>Good to know</source>
   <translation>Nên biết</translation>
  </message>
  <message>
   <source>Good. A PIN of 6 numbers or more, or a password, protects the phone best. A short PIN like 1234 or a birth date is easy to guess: change it if yours is like that.</source>
   <translation>Tốt. Mã PIN có từ 6 số trở lên, hoặc mật khẩu, bảo vệ điện thoại tốt nhất. Mã PIN ngắn như 1234 hoặc ngày sinh rất dễ đoán: hãy đổi nếu mã của bạn giống như vậy.</translation>
  </message>
  <message>
   <source>Good. A computer cannot take control of this phone through its cable.</source>
   <translation>Tốt. Máy tính không thể điều khiển điện thoại này qua cáp.</translation>
  </message>
  <message>
   <source>Good. A phone grabbed just after the screen went dark already needs your PIN.</source>
   <translation>Tốt. Điện thoại bị giật lấy ngay sau khi màn hình tối vẫn cần mã PIN của bạn.</translation>
  </message>
  <message>
   <source>Good. Android encrypts the names of the sites you use wherever the network allows it.</source>
   <translation>Tốt. Android mã hóa tên các trang web bạn dùng ở bất cứ nơi nào mạng cho phép.</translation>
  </message>
  <message>
   <source>Good. Apps cannot learn where you are from the phone's location now.</source>
   <translation>Tốt. Hiện tại các ứng dụng không thể biết bạn ở đâu qua vị trí của điện thoại.</translation>
  </message>
  <message>
   <source>Good. Away from trusted places, someone who learnt your PIN still cannot change it or switch protections off without your fingerprint or face.</source>
   <translation>Tốt. Khi ở ngoài những nơi tin cậy, người biết mã PIN của bạn vẫn không thể đổi mã hoặc tắt các biện pháp bảo vệ nếu không có vân tay hoặc khuôn mặt của bạn.</translation>
  </message>
  <message>
   <source>Good. Google Play checks the apps on this phone for known harmful apps.</source>
   <translation>Tốt. Google Play kiểm tra các ứng dụng trên điện thoại này để tìm ứng dụng có hại đã biết.</translation>
  </message>
  <message>
   <source>Good. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Tốt. Hãy giữ nút nguồn và nhấn Chế độ khóa khi điện thoại có thể bị lấy.</translation>
  </message>
  <message>
   <source>Good. No accessibility service is switched on.</source>
   <translation>Tốt. Không có dịch vụ hỗ trợ tiếp cận nào đang bật.</translation>
  </message>
  <message>
   <source>Good. No app can lock or erase the phone, or stop you from removing it.</source>
   <translation>Tốt. Không có ứng dụng nào có thể khóa hoặc xóa sạch điện thoại, hoặc ngăn bạn gỡ bỏ ứng dụng.</translation>
  </message>
  <message>
   <source>Good. No app has been given access to all your notifications.</source>
   <translation>Tốt. Không có ứng dụng nào được quyền truy cập tất cả thông báo của bạn.</translation>
  </message>
  <message>
   <source>Good. No app on this phone was installed from a file or by another app.</source>
   <translation>Tốt. Không có ứng dụng nào trên điện thoại này được cài đặt từ tệp hoặc bởi ứng dụng khác.</translation>
  </message>
  <message>
   <source>Good. No app you installed can use location, microphone, camera, messages, calls or contacts.</source>
   <translation>Tốt. Không có ứng dụng nào bạn đã cài đặt có thể dùng vị trí, micrô, máy ảnh, tin nhắn, cuộc gọi hoặc danh bạ.</translation>
  </message>
  <message>
   <source>Good. No app you installed has this access.</source>
   <translation>Tốt. Không có ứng dụng nào bạn đã cài đặt có quyền truy cập này.</translation>
  </message>
  <message>
   <source>Good. No dating app on this phone has your exact location.</source>
   <translation>Tốt. Không có ứng dụng hẹn hò nào trên điện thoại này biết vị trí chính xác của bạn.</translation>
  </message>
  <message>
   <source>Good. No other app on this phone may put new apps on it.</source>
   <translation>Tốt. Không có ứng dụng nào khác trên điện thoại này được phép cài ứng dụng mới.</translation>
  </message>
  <message>
   <source>Good. Nothing leaves the phone outside the VPN, even when it reconnects.</source>
   <translation>Tốt. Không có gì rời khỏi điện thoại mà không qua VPN, kể cả khi kết nối lại.</translation>
  </message>
  <message>
   <source>Good. Only your PIN or password opens the phone, and no one can force a finger or face on it.</source>
   <translation>Tốt. Chỉ mã PIN hoặc mật khẩu của bạn mới mở được điện thoại, và không ai có thể ép dùng ngón tay hay khuôn mặt để mở.</translation>
  </message>
  <message>
   <source>Good. Photos taken with the phone's camera do not carry your location.</source>
   <translation>Tốt. Ảnh chụp bằng máy ảnh của điện thoại không mang theo vị trí của bạn.</translation>
  </message>
  <message>
   <source>Good. Someone holding the locked phone cannot read your messages.</source>
   <translation>Tốt. Người cầm điện thoại đang khóa không thể đọc tin nhắn của bạn.</translation>
  </message>
  <message>
   <source>Good. The names of the sites and apps you use are encrypted on every network.</source>
   <translation>Tốt. Tên các trang web và ứng dụng bạn dùng được mã hóa trên mọi mạng.</translation>
  </message>
  <message>
   <source>Good. The phone does not stay unlocked by itself at certain places or near certain devices.</source>
   <translation>Tốt. Điện thoại không tự giữ trạng thái mở khóa ở một số nơi hoặc khi ở gần một số thiết bị.</translation>
  </message>
  <message>
   <source>Good. The phone has this season's security fixes, which makes it harder to break into.</source>
   <translation>Tốt. Điện thoại có các bản sửa lỗi bảo mật của mùa này, nên khó bị xâm nhập hơn.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself even when it is plugged in.</source>
   <translation>Tốt. Điện thoại tự khóa ngay cả khi đang cắm sạc.</translation>
  </message>
  <message>
   <source>Good. The phone locks itself soon when you put it down.</source>
   <translation>Tốt. Điện thoại tự khóa ngay sau khi bạn đặt xuống.</translation>
  </message>
  <message>
   <source>Good. The phone refuses apps from outside the store, old networks and new USB connections while it is locked.</source>
   <translation>Tốt. Khi đang khóa, điện thoại từ chối ứng dụng từ bên ngoài cửa hàng, mạng cũ và kết nối USB mới.</translation>
  </message>
  <message>
   <source>Good. The social, dating and caller-ID apps on this phone cannot read your contact list.</source>
   <translation>Tốt. Các ứng dụng mạng xã hội, hẹn hò và hiển thị số người gọi trên điện thoại này không thể đọc danh bạ của bạn.</translation>
  </message>
  <message>
   <source>Good. These stay on the phone.</source>
   <translation>Tốt. Những thứ này được giữ lại trên điện thoại.</translation>
  </message>
  <message>
   <source>Good. This browser keeps less about what you look at.</source>
   <translation>Tốt. Trình duyệt này lưu ít thông tin hơn về những gì bạn xem.</translation>
  </message>
  <message>
   <source>Good. When the phone is locked or off, its contents cannot be read without your PIN or password. Encryption is only as strong as that PIN or password.</source>
   <translation>Tốt. Khi điện thoại đang khóa hoặc tắt nguồn, không thể đọc nội dung trong máy nếu không có mã PIN hoặc mật khẩu của bạn. Mã hóa chỉ mạnh bằng mã PIN hoặc mật khẩu đó.</translation>
  </message>
  <message>
   <source>Good. With Wi-Fi and Bluetooth off, the phone does not keep looking for places nearby.</source>
   <translation>Tốt. Khi Wi-Fi và Bluetooth tắt, điện thoại không liên tục tìm kiếm các địa điểm ở gần.</translation>
  </message>
  <message>
   <source>Google Pixel 8 on Android 14, set up carefully: PIN lock, notification content hidden on the lock screen, one Google account, backup on. Few findings.</source>
   <translation>Google Pixel 8 chạy Android 14, được thiết lập cẩn thận: khóa bằng mã PIN, ẩn nội dung thông báo trên màn hình khóa, một tài khoản Google, bật sao lưu. Ít phát hiện.</translation>
  </message>
  <message>
   <source>Google Pixel 9 on Android 15 with a work profile (user 10) managed by an employer; PIN lock, face unlock, Smart Lock on.</source>
   <translation>Google Pixel 9 chạy Android 15 có hồ sơ công việc (người dùng 10) do chủ lao động quản lý; khóa bằng mã PIN, mở khóa bằng khuôn mặt, bật Smart Lock.</translation>
  </message>
  <message>
   <source>Google Translate is not on this phone</source>
   <translation>Không có Google Dịch trên điện thoại này</translation>
  </message>
  <message>
   <source>Google's theft protection may still be offered on this phone. hardener cannot see whether it is on: check it in Settings.</source>
   <translation>Tính năng chống trộm của Google có thể vẫn có trên điện thoại này. hardener không thấy được tính năng này có bật hay không: hãy kiểm tra trong Cài đặt.</translation>
  </message>
  <message>
   <source>Hidden</source>
   <translation>Đã ẩn</translation>
  </message>
  <message>
   <source>Hide messages on the lock screen</source>
   <translation>Ẩn tin nhắn trên màn hình khóa</translation>
  </message>
  <message>
   <source>Hide what messages say on the lock screen</source>
   <translation>Ẩn nội dung tin nhắn trên màn hình khóa</translation>
  </message>
  <message>
   <source>Hold the power button (on some phones: power and volume up together), then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it. On phones without Lockdown, switch the phone off instead.</source>
   <translation>Giữ nút nguồn (trên một số điện thoại: giữ cùng lúc nút nguồn và nút tăng âm lượng), rồi nhấn Chế độ khóa. Khi đó điện thoại sẽ cần mã PIN của bạn: vân tay, khuôn mặt và Smart Lock ngừng hoạt động cho đến khi bạn nhập mã. Trên điện thoại không có Chế độ khóa, hãy tắt nguồn điện thoại.</translation>
  </message>
  <message>
   <source>Hold the power button, then tap Lockdown. The phone then needs your PIN: fingerprint, face and Smart Lock stop working until you enter it.</source>
   <translation>Giữ nút nguồn, rồi nhấn Chế độ khóa. Khi đó điện thoại sẽ cần mã PIN của bạn: vân tay, khuôn mặt và Smart Lock ngừng hoạt động cho đến khi bạn nhập mã.</translation>
  </message>
  <message>
   <source>How to undo</source>
   <translation>Cách hoàn tác</translation>
  </message>
  <message>
   <source>IMEI</source>
   <translation>IMEI</translation>
  </message>
  <message>
   <source>Identity Check is on</source>
   <translation>Kiểm tra danh tính đang bật</translation>
  </message>
  <message>
   <source>Identity Check was not seen switched on</source>
   <translation>Không thấy Kiểm tra danh tính được bật</translation>
  </message>
  <message>
   <source>Identity Check: could not be read</source>
   <translation>Kiểm tra danh tính: không đọc được</translation>
  </message>
  <message>
   <source>If the phone could be taken or searched soon</source>
   <translation>Nếu điện thoại có thể sớm bị lấy hoặc bị khám xét</translation>
  </message>
  <message>
   <source>If the phone is taken or lost</source>
   <translation>Nếu điện thoại bị lấy hoặc bị mất</translation>
  </message>
  <message>
   <source>If this phone is taken, other people's data is exposed, not only yours.</source>
   <translation>Nếu điện thoại này bị lấy, dữ liệu của người khác cũng bị lộ, không chỉ của bạn.</translation>
  </message>
  <message>
   <source>If you installed it, open its settings and check who can see your location, recordings or screen. If you did not install it, keep a record and get help.</source>
   <translation>Nếu bạn đã cài đặt ứng dụng này, hãy mở phần cài đặt của nó và kiểm tra ai có thể thấy vị trí, bản ghi âm/ghi hình hoặc màn hình của bạn. Nếu bạn không cài đặt nó, hãy lưu lại bằng chứng và tìm trợ giúp.</translation>
  </message>
  <message>
   <source>If you use Google Translate on the web or on another device while signed in, your Google account may still keep your translations.</source>
   <translation>Nếu bạn dùng Google Dịch trên web hoặc trên thiết bị khác khi đã đăng nhập, tài khoản Google của bạn có thể vẫn lưu các bản dịch.</translation>
  </message>
  <message>
   <source>Immediately</source>
   <translation>Ngay lập tức</translation>
  </message>
  <message>
   <source>Important</source>
   <translation>Quan trọng</translation>
  </message>
  <message>
   <source>In Google Translate, open Saved (the star) and remove phrases you do not want kept: they are stored in your account.</source>
   <translation>Trong Google Dịch, mở mục Đã lưu (hình ngôi sao) và xóa các cụm từ bạn không muốn giữ: chúng được lưu trong tài khoản của bạn.</translation>
  </message>
  <message>
   <source>In LINE, use Letter Sealing and delete chats you do not need: open the chat, then the menu, then Settings, then Delete chat history.</source>
   <translation>Trong LINE, hãy dùng Letter Sealing và xóa các cuộc trò chuyện không cần thiết: mở cuộc trò chuyện, rồi menu, rồi Cài đặt, rồi Xóa lịch sử trò chuyện.</translation>
  </message>
  <message>
   <source>In Messenger, open the chat, tap the name, then Disappearing messages (or Vanish mode).</source>
   <translation>Trong Messenger, mở cuộc trò chuyện, nhấn vào tên, rồi chọn Tin nhắn tự hủy (hoặc Chế độ biến mất).</translation>
  </message>
  <message>
   <source>In Signal, open Settings, then Privacy, then Default timer for new chats, and choose a time. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Trong Signal, mở Cài đặt, rồi Quyền riêng tư, rồi Hẹn giờ mặc định cho cuộc trò chuyện mới, và chọn thời gian. Với các cuộc trò chuyện đã có: mở cuộc trò chuyện, nhấn vào tên, rồi Tin nhắn tự hủy.</translation>
  </message>
  <message>
   <source>In Telegram, open Settings, then Privacy and Security, then Auto-Delete Messages, and choose a time. Normal chats are also kept on Telegram's servers: use Secret Chats for clients.</source>
   <translation>Trong Telegram, mở Cài đặt, rồi Quyền riêng tư và bảo mật, rồi Tự động xóa tin nhắn, và chọn thời gian. Các cuộc trò chuyện thường cũng được lưu trên máy chủ của Telegram: hãy dùng Cuộc trò chuyện bí mật với khách hàng.</translation>
  </message>
  <message>
   <source>In Viber, open the chat, tap the name, then Disappearing messages, and choose a time.</source>
   <translation>Trong Viber, mở cuộc trò chuyện, nhấn vào tên, rồi Tin nhắn tự hủy, và chọn thời gian.</translation>
  </message>
  <message>
   <source>In WhatsApp Business, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Trong WhatsApp Business, mở Cài đặt, rồi Quyền riêng tư, rồi Hẹn giờ tin nhắn mặc định, và chọn 24 giờ hoặc 7 ngày. Với các cuộc trò chuyện đã có: mở cuộc trò chuyện, nhấn vào tên, rồi Tin nhắn tự hủy.</translation>
  </message>
  <message>
   <source>In WhatsApp, open Settings, then Privacy, then Default message timer, and choose 24 hours or 7 days. For chats you already have: open the chat, tap the name, then Disappearing messages.</source>
   <translation>Trong WhatsApp, mở Cài đặt, rồi Quyền riêng tư, rồi Hẹn giờ tin nhắn mặc định, và chọn 24 giờ hoặc 7 ngày. Với các cuộc trò chuyện đã có: mở cuộc trò chuyện, nhấn vào tên, rồi Tin nhắn tự hủy.</translation>
  </message>
  <message>
   <source>In WhatsApp: Settings, Chats, Chat backup: choose 'Never' or protect the backup with end-to-end encryption. In Google Photos: your picture, Photos settings, Backup.</source>
   <translation>Trong WhatsApp: Cài đặt, Đoạn chat, Sao lưu đoạn chat: chọn 'Không bao giờ' hoặc bảo vệ bản sao lưu bằng mã hóa đầu cuối. Trong Google Photos: ảnh đại diện của bạn, Cài đặt Photos, Sao lưu.</translation>
  </message>
  <message>
   <source>In an Instagram chat, swipe up to turn on vanish mode. Messages you already sent stay: delete the ones you do not want found.</source>
   <translation>Trong cuộc trò chuyện Instagram, vuốt lên để bật chế độ biến mất. Những tin nhắn bạn đã gửi vẫn còn: hãy xóa những tin nhắn bạn không muốn bị tìm thấy.</translation>
  </message>
  <message>
   <source>In each account's security settings, sign out of all other devices, so the taken phone loses access.</source>
   <translation>Trong cài đặt bảo mật của từng tài khoản, hãy đăng xuất khỏi tất cả thiết bị khác, để điện thoại bị lấy mất quyền truy cập.</translation>
  </message>
  <message>
   <source>In each app that keeps chats or photos, open its settings and find Backup. If the account it copies to is not safe, turn the backup off or protect it, and delete old backups there.</source>
   <translation>Trong mỗi ứng dụng lưu cuộc trò chuyện hoặc ảnh, mở phần cài đặt và tìm mục Sao lưu. Nếu tài khoản mà ứng dụng sao chép vào không an toàn, hãy tắt sao lưu hoặc bảo vệ nó, và xóa các bản sao lưu cũ ở đó.</translation>
  </message>
  <message>
   <source>In each dating and messaging app, open Privacy and switch off 'Find me by phone number' and contact upload.</source>
   <translation>Trong mỗi ứng dụng hẹn hò và nhắn tin, mở mục Quyền riêng tư và tắt 'Tìm tôi qua số điện thoại' và tính năng tải danh bạ lên.</translation>
  </message>
  <message>
   <source>In some places, erasing a phone remotely can be held against you. Get advice first if you can.</source>
   <translation>Ở một số nơi, việc xóa dữ liệu điện thoại từ xa có thể bị dùng để chống lại bạn. Nếu có thể, hãy xin tư vấn trước.</translation>
  </message>
  <message>
   <source>Instagram: use vanish mode</source>
   <translation>Instagram: dùng chế độ biến mất</translation>
  </message>
  <message>
   <source>Install a VPN you trust and sign in. Then open Settings, then Network (or Connections), then VPN, tap the gear next to it, and switch on "Always-on VPN" and "Block connections without VPN".</source>
   <translation>Cài một VPN mà bạn tin tưởng và đăng nhập. Sau đó mở Cài đặt, rồi Mạng (hoặc Kết nối), rồi VPN, nhấn vào biểu tượng bánh răng bên cạnh, và bật "VPN luôn bật" và "Chặn các kết nối không qua VPN".</translation>
  </message>
  <message>
   <source>Install security updates</source>
   <translation>Cài đặt bản cập nhật bảo mật</translation>
  </message>
  <message>
   <source>Keep a record first</source>
   <translation>Trước tiên hãy lưu lại bằng chứng</translation>
  </message>
  <message>
   <source>Keep a record of what was found</source>
   <translation>Lưu lại những gì đã phát hiện</translation>
  </message>
  <message>
   <source>Keep a record somewhere the watcher cannot reach</source>
   <translation>Lưu bằng chứng ở nơi người theo dõi không thể tiếp cận</translation>
  </message>
  <message>
   <source>Keep less on the phone</source>
   <translation>Lưu ít thứ hơn trên điện thoại</translation>
  </message>
  <message>
   <source>Keep work and private accounts apart</source>
   <translation>Tách riêng tài khoản công việc và tài khoản cá nhân</translation>
  </message>
  <message>
   <source>Keep work and private life on separate numbers</source>
   <translation>Dùng số điện thoại riêng cho công việc và đời sống riêng</translation>
  </message>
  <message>
   <source>Keep work contacts and accounts apart from private life, so apps cannot link the two.</source>
   <translation>Tách danh bạ và tài khoản công việc khỏi đời sống riêng, để ứng dụng không thể liên kết hai thứ này.</translation>
  </message>
  <message>
   <source>Keep work photos and contacts out of the cloud</source>
   <translation>Không để ảnh và danh bạ công việc lên đám mây</translation>
  </message>
  <message>
   <source>Keep your contacts away from dating and social apps</source>
   <translation>Không cho ứng dụng hẹn hò và mạng xã hội truy cập danh bạ của bạn</translation>
  </message>
  <message>
   <source>Keep your location out of photos</source>
   <translation>Không để vị trí của bạn trong ảnh</translation>
  </message>
  <message>
   <source>Keyboard: could not be read</source>
   <translation>Bàn phím: không đọc được</translation>
  </message>
  <message>
   <source>Know what to say if asked to unlock</source>
   <translation>Biết trước nên nói gì nếu bị yêu cầu mở khóa</translation>
  </message>
  <message>
   <source>Knowing what the phone shows is the first step.</source>
   <translation>Biết điện thoại đang hiển thị những gì là bước đầu tiên.</translation>
  </message>
  <message>
   <source>LINE: delete old chats</source>
   <translation>LINE: xóa các cuộc trò chuyện cũ</translation>
  </message>
  <message>
   <source>Last step, on the phone: {step}</source>
   <translation>Bước cuối cùng, trên điện thoại: {step}</translation>
  </message>
  <message>
   <source>Let the screen turn off while charging</source>
   <translation>Cho phép màn hình tắt khi đang sạc</translation>
  </message>
  <message>
   <source>Links open in whichever browser the phone picks. Choose one that keeps less about you.</source>
   <translation>Các đường liên kết mở bằng trình duyệt mà điện thoại chọn. Hãy chọn trình duyệt lưu ít thông tin về bạn hơn.</translation>
  </message>
  <message>
   <source>Location</source>
   <translation>Vị trí</translation>
  </message>
  <message>
   <source>Location is off</source>
   <translation>Vị trí đang tắt</translation>
  </message>
  <message>
   <source>Location is on</source>
   <translation>Vị trí đang bật</translation>
  </message>
  <message>
   <source>Location: could not be read</source>
   <translation>Vị trí: không đọc được</translation>
  </message>
  <message>
   <source>Lock after the screen turns off: could not be read</source>
   <translation>Khóa sau khi màn hình tắt: không đọc được</translation>
  </message>
  <message>
   <source>Lock the Private Space with the phone</source>
   <translation>Khóa Không gian riêng tư cùng với điện thoại</translation>
  </message>
  <message>
   <source>Lock the phone as soon as the screen turns off</source>
   <translation>Khóa điện thoại ngay khi màn hình tắt</translation>
  </message>
  <message>
   <source>Lock the phone down now</source>
   <translation>Dùng Chế độ khóa cho điện thoại ngay</translation>
  </message>
  <message>
   <source>Lock the screen after 30 seconds or sooner</source>
   <translation>Khóa màn hình sau 30 giây hoặc sớm hơn</translation>
  </message>
  <message>
   <source>Lockdown button in the power menu</source>
   <translation>Nút Chế độ khóa trong menu nguồn</translation>
  </message>
  <message>
   <source>Lockdown button: could not be read</source>
   <translation>Nút Chế độ khóa: không đọc được</translation>
  </message>
  <message>
   <source>Lockdown came with Android 9. On this phone, turn it off when it may be taken: after a restart only your PIN or password opens it.</source>
   <translation>Chế độ khóa có từ Android 9. Trên điện thoại này, hãy tắt nguồn khi điện thoại có thể bị lấy: sau khi khởi động lại, chỉ mã PIN hoặc mật khẩu của bạn mới mở được máy.</translation>
  </message>
  <message>
   <source>Lockdown is a quick way to make the phone need your PIN: it switches off fingerprint, face, Smart Lock and messages on the lock screen. On this phone it must be switched on.</source>
   <translation>Chế độ khóa là cách nhanh để điện thoại bắt buộc phải nhập mã PIN: tính năng này tắt vân tay, khuôn mặt, Smart Lock và tin nhắn trên màn hình khóa. Trên điện thoại này, cần bật tính năng này.</translation>
  </message>
  <message>
   <source>Lockdown is in the power menu</source>
   <translation>Chế độ khóa có trong menu nguồn</translation>
  </message>
  <message>
   <source>Lockdown is not in the power menu</source>
   <translation>Chế độ khóa không có trong menu nguồn</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for the PIN: a finger or face cannot open it.</source>
   <translation>Chế độ khóa khiến điện thoại yêu cầu mã PIN: ngón tay hay khuôn mặt không mở được.</translation>
  </message>
  <message>
   <source>Lockdown makes the phone ask for your PIN, and nothing shows that it is there until it is used.</source>
   <translation>Chế độ khóa khiến điện thoại yêu cầu mã PIN của bạn, và không có gì cho thấy tính năng này có sẵn cho đến khi được dùng.</translation>
  </message>
  <message>
   <source>Lockdown may be hidden from the power menu</source>
   <translation>Chế độ khóa có thể bị ẩn khỏi menu nguồn</translation>
  </message>
  <message>
   <source>Lockdown needs a screen lock</source>
   <translation>Chế độ khóa cần có khóa màn hình</translation>
  </message>
  <message>
   <source>Lockdown: only the PIN opens the phone</source>
   <translation>Chế độ khóa: chỉ mã PIN mới mở được điện thoại</translation>
  </message>
  <message>
   <source>Look at the certificates added to the phone</source>
   <translation>Xem các chứng chỉ đã được thêm vào điện thoại</translation>
  </message>
  <message>
   <source>Look at the phone and explain what was found. Nothing is changed.</source>
   <translation>Xem xét điện thoại và giải thích những gì đã phát hiện. Không thay đổi gì.</translation>
  </message>
  <message>
   <source>Look first and change nothing; deal with spying apps only after a safety plan; then only changes the watcher cannot notice.</source>
   <translation>Xem xét trước và không thay đổi gì; chỉ xử lý ứng dụng theo dõi lén sau khi có kế hoạch an toàn; sau đó chỉ thực hiện những thay đổi mà người theo dõi không thể nhận ra.</translation>
  </message>
  <message>
   <source>Look first, change nothing yet</source>
   <translation>Xem xét trước, chưa thay đổi gì</translation>
  </message>
  <message>
   <source>Make a safety plan before removing a spying app</source>
   <translation>Lập kế hoạch an toàn trước khi gỡ bỏ ứng dụng theo dõi lén</translation>
  </message>
  <message>
   <source>Make a safety plan before you remove anything</source>
   <translation>Lập kế hoạch an toàn trước khi gỡ bỏ bất cứ thứ gì</translation>
  </message>
  <message>
   <source>Make messages disappear in each messenger</source>
   <translation>Bật tin nhắn tự hủy trong từng ứng dụng nhắn tin</translation>
  </message>
  <message>
   <source>Make the phone forget the computer</source>
   <translation>Làm cho điện thoại quên máy tính</translation>
  </message>
  <message>
   <source>Make the screen turn off sooner</source>
   <translation>Cho màn hình tắt sớm hơn</translation>
  </message>
  <message>
   <source>May have been changed: the session stopped before these could be checked</source>
   <translation>Có thể đã bị thay đổi: phiên làm việc đã dừng trước khi kiểm tra được những mục này</translation>
  </message>
  <message>
   <source>Message content on the lock screen</source>
   <translation>Nội dung tin nhắn trên màn hình khóa</translation>
  </message>
  <message>
   <source>Messages</source>
   <translation>Tin nhắn</translation>
  </message>
  <message>
   <source>Messages can be read on the locked phone</source>
   <translation>Có thể đọc tin nhắn trên điện thoại đang khóa</translation>
  </message>
  <message>
   <source>Messages from clients, bookings and codes show on the lock screen. Anyone holding the phone (police, a partner, a client) can read them without your PIN.</source>
   <translation>Tin nhắn của khách hàng, lịch hẹn và mã xác nhận hiện trên màn hình khóa. Bất kỳ ai cầm điện thoại (cảnh sát, bạn tình, khách hàng) đều có thể đọc mà không cần mã PIN của bạn.</translation>
  </message>
  <message>
   <source>Messages on the lock screen: could not be read</source>
   <translation>Tin nhắn trên màn hình khóa: không đọc được</translation>
  </message>
  <message>
   <source>Messages police would read first: {apps}</source>
   <translation>Tin nhắn mà cảnh sát sẽ đọc đầu tiên: {apps}</translation>
  </message>
  <message>
   <source>Messages, photos, contacts and app history may have been read or copied, even if the phone comes back.</source>
   <translation>Tin nhắn, ảnh, danh bạ và lịch sử ứng dụng có thể đã bị đọc hoặc sao chép, kể cả khi điện thoại được trả lại.</translation>
  </message>
  <message>
   <source>Messenger: use disappearing messages</source>
   <translation>Messenger: dùng tin nhắn tự hủy</translation>
  </message>
  <message>
   <source>Messengers: could not be read</source>
   <translation>Ứng dụng nhắn tin: không đọc được</translation>
  </message>
  <message>
   <source>Model</source>
   <translation>Kiểu máy</translation>
  </message>
  <message>
   <source>More than one phone is plugged in ({serials}). Unplug the others, or choose one.</source>
   <translation>Có nhiều hơn một điện thoại đang cắm vào ({serials}). Hãy rút các điện thoại khác ra, hoặc chọn một điện thoại.</translation>
  </message>
  <message>
   <source>Motorola One Vision on Android 10: password lock, backup switched off, auto-sync off, an old dating app, a VPN and a keyboard installed from a file.</source>
   <translation>Motorola One Vision chạy Android 10: khóa bằng mật khẩu, đã tắt sao lưu, đã tắt tự động đồng bộ hóa, một ứng dụng hẹn hò cũ, một VPN và một bàn phím được cài từ tệp.</translation>
  </message>
  <message>
   <source>NOT encrypted</source>
   <translation>KHÔNG được mã hóa</translation>
  </message>
  <message>
   <source>Never</source>
   <translation>Không bao giờ</translation>
  </message>
  <message>
   <source>Never tick "Don't show again" when an app asks to record the screen</source>
   <translation>Đừng bao giờ đánh dấu "Không hiển thị lại" khi một ứng dụng xin ghi màn hình</translation>
  </message>
  <message>
   <source>Next, connect: give --connect with the address under 'IP address &amp; Port' on the phone's Wireless debugging screen (or run 'adb connect HOST:PORT'), then use --adb-server --serial HOST:PORT.</source>
   <translation>Tiếp theo, hãy kết nối: dùng --connect với địa chỉ ghi dưới 'Địa chỉ IP và cổng' trên màn hình Gỡ lỗi không dây của điện thoại (hoặc chạy 'adb connect HOST:PORT'), rồi dùng --adb-server --serial HOST:PORT.</translation>
  </message>
  <message>
   <source>No VPN is set to stay on</source>
   <translation>Không có VPN nào được đặt để luôn bật</translation>
  </message>
  <message>
   <source>No accessibility service runs in secret</source>
   <translation>Không có dịch vụ hỗ trợ tiếp cận nào chạy ngầm bí mật</translation>
  </message>
  <message>
   <source>No account copies contacts, calendar, photos or messages</source>
   <translation>Không có tài khoản nào sao chép danh bạ, lịch, ảnh hoặc tin nhắn</translation>
  </message>
  <message>
   <source>No account copies data from this phone to the internet.</source>
   <translation>Không có tài khoản nào sao chép dữ liệu từ điện thoại này lên internet.</translation>
  </message>
  <message>
   <source>No accounts on this phone</source>
   <translation>Không có tài khoản nào trên điện thoại này</translation>
  </message>
  <message>
   <source>No app acts like a spying app</source>
   <translation>Không có ứng dụng nào hoạt động giống ứng dụng theo dõi lén</translation>
  </message>
  <message>
   <source>No app can see and control your screen</source>
   <translation>Không có ứng dụng nào có thể xem và điều khiển màn hình của bạn</translation>
  </message>
  <message>
   <source>No app from hardener's list of cloud photo, file and chat backup apps is on this phone.</source>
   <translation>Không có ứng dụng nào trong danh sách ứng dụng sao lưu ảnh, tệp và cuộc trò chuyện lên đám mây của hardener có trên điện thoại này.</translation>
  </message>
  <message>
   <source>No app has device admin rights</source>
   <translation>Không có ứng dụng nào có quyền quản trị thiết bị</translation>
  </message>
  <message>
   <source>No app installed by hand hides from the app list.</source>
   <translation>Không có ứng dụng nào được cài thủ công ẩn khỏi danh sách ứng dụng.</translation>
  </message>
  <message>
   <source>No app installed outside a store is hidden from the app list while reading the screen, notifications or holding device admin.</source>
   <translation>Không có ứng dụng nào được cài ngoài cửa hàng bị ẩn khỏi danh sách ứng dụng trong khi đọc màn hình, đọc thông báo hoặc giữ quyền quản trị thiết bị.</translation>
  </message>
  <message>
   <source>No app on this phone looks like a translation app. Translation history in a web browser is not checked.</source>
   <translation>Không có ứng dụng nào trên điện thoại này giống ứng dụng dịch. Lịch sử dịch trong trình duyệt web không được kiểm tra.</translation>
  </message>
  <message>
   <source>No app poses as part of Android</source>
   <translation>Không có ứng dụng nào giả làm một phần của Android</translation>
  </message>
  <message>
   <source>No app reads your notifications</source>
   <translation>Không có ứng dụng nào đọc thông báo của bạn</translation>
  </message>
  <message>
   <source>No app you installed can draw over other apps</source>
   <translation>Không có ứng dụng nào bạn đã cài có thể hiển thị trên các ứng dụng khác</translation>
  </message>
  <message>
   <source>No app you installed can reach private data</source>
   <translation>Không có ứng dụng nào bạn đã cài có thể truy cập dữ liệu riêng tư</translation>
  </message>
  <message>
   <source>No app you installed can see which apps you use</source>
   <translation>Không có ứng dụng nào bạn đã cài có thể thấy bạn dùng những ứng dụng nào</translation>
  </message>
  <message>
   <source>No app you installed may record your screen without asking</source>
   <translation>Không có ứng dụng nào bạn đã cài được phép ghi màn hình mà không hỏi</translation>
  </message>
  <message>
   <source>No certificate was added to the phone</source>
   <translation>Không có chứng chỉ nào được thêm vào điện thoại</translation>
  </message>
  <message>
   <source>No cloud photo or backup app found</source>
   <translation>Không tìm thấy ứng dụng ảnh đám mây hoặc ứng dụng sao lưu</translation>
  </message>
  <message>
   <source>No computer can reach the phone for debugging over the Wi-Fi.</source>
   <translation>Không có máy tính nào có thể kết nối với điện thoại để gỡ lỗi qua Wi-Fi.</translation>
  </message>
  <message>
   <source>No computer stays trusted for USB debugging</source>
   <translation>Không có máy tính nào được tin cậy mãi để gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>No dating app knows exactly where you are</source>
   <translation>Không có ứng dụng hẹn hò nào biết chính xác bạn đang ở đâu</translation>
  </message>
  <message>
   <source>No default browser is set</source>
   <translation>Chưa đặt trình duyệt mặc định</translation>
  </message>
  <message>
   <source>No face unlock; fingerprint unlock could not be read</source>
   <translation>Không có mở khóa bằng khuôn mặt; không đọc được mở khóa bằng vân tay</translation>
  </message>
  <message>
   <source>No fingerprint or face unlock</source>
   <translation>Không có mở khóa bằng vân tay hoặc khuôn mặt</translation>
  </message>
  <message>
   <source>No fingerprint unlock; face unlock could not be read</source>
   <translation>Không có mở khóa bằng vân tay; không đọc được mở khóa bằng khuôn mặt</translation>
  </message>
  <message>
   <source>No known stalkerware was found</source>
   <translation>Không tìm thấy phần mềm theo dõi lén nào đã biết</translation>
  </message>
  <message>
   <source>No messenger hardener knows is installed</source>
   <translation>Không có ứng dụng nhắn tin nào mà hardener biết được cài đặt</translation>
  </message>
  <message>
   <source>No notifications on the lock screen</source>
   <translation>Không có thông báo trên màn hình khóa</translation>
  </message>
  <message>
   <source>No other computer is allowed. This one stays allowed after the visit unless you revoke it: do that when hardener has finished.</source>
   <translation>Không có máy tính nào khác được cho phép. Máy tính này vẫn được cho phép sau lần này nếu bạn không thu hồi: hãy làm việc đó khi hardener đã xong.</translation>
  </message>
  <message>
   <source>No phone found. Plug the phone in with a USB cable that carries data, unlock it, and check that USB debugging is on.</source>
   <translation>Không tìm thấy điện thoại. Hãy cắm điện thoại bằng cáp USB có truyền dữ liệu, mở khóa điện thoại, và kiểm tra rằng gỡ lỗi qua USB đang bật.</translation>
  </message>
  <message>
   <source>No phone with USB debugging found on USB.</source>
   <translation>Không tìm thấy điện thoại nào đang bật gỡ lỗi qua USB qua cổng USB.</translation>
  </message>
  <message>
   <source>No proxy, and no VPN from outside a store</source>
   <translation>Không có proxy, và không có VPN từ bên ngoài cửa hàng</translation>
  </message>
  <message>
   <source>No security app is switched off</source>
   <translation>Không có ứng dụng bảo mật nào bị tắt</translation>
  </message>
  <message>
   <source>No social or dating app can read your contacts</source>
   <translation>Không có ứng dụng mạng xã hội hoặc hẹn hò nào có thể đọc danh bạ của bạn</translation>
  </message>
  <message>
   <source>No store checked this app. Spying apps are often put on a phone this way by someone who held it. If you did not install it yourself, do not remove it yet: keep a record and get help first.</source>
   <translation>Không có cửa hàng nào kiểm tra ứng dụng này. Ứng dụng theo dõi lén thường được cài lên điện thoại theo cách này bởi người đã từng cầm máy. Nếu bạn không tự cài ứng dụng này, đừng gỡ bỏ vội: trước tiên hãy lưu lại bằng chứng và tìm trợ giúp.</translation>
  </message>
  <message>
   <source>No translation app found</source>
   <translation>Không tìm thấy ứng dụng dịch</translation>
  </message>
  <message>
   <source>No trusted place or device is in use at the moment. If you never set one up on purpose, switch Smart Lock off so it cannot start later.</source>
   <translation>Hiện không có địa điểm hoặc thiết bị tin cậy nào đang được dùng. Nếu bạn chưa bao giờ cố ý thiết lập, hãy tắt Smart Lock để nó không thể bắt đầu về sau.</translation>
  </message>
  <message>
   <source>Not fixed</source>
   <translation>Chưa khắc phục</translation>
  </message>
  <message>
   <source>Not sure</source>
   <translation>Không chắc chắn</translation>
  </message>
  <message numerus="yes">
   <source>Not touched: %n change(s) to a spying app. Changing it can warn the person who installed it: see the safety plan first. (Only --touch-spying-apps would include them.)</source>
   <translation>
    <numerusform>Không đụng đến: %n thay đổi liên quan đến ứng dụng theo dõi lén. Thay đổi ứng dụng đó có thể báo động cho người đã cài đặt nó: hãy xem kế hoạch an toàn trước. (Chỉ --touch-spying-apps mới bao gồm các thay đổi này.)</numerusform>
   </translation>
  </message>
  <message>
   <source>Note: a previous apply on this phone was interrupted. Its changes are recorded on the phone:
      run 'hardener undo' with the same undo code to take them back, or apply again to finish.</source>
   <translation>Lưu ý: một lần áp dụng thay đổi trước đây trên điện thoại này đã bị gián đoạn. Các thay đổi của lần đó được ghi lại trên điện thoại:
      hãy chạy 'hardener undo' với cùng mã hoàn tác để hoàn tác chúng, hoặc áp dụng lại để hoàn tất.</translation>
  </message>
  <message>
   <source>Note: an adb server is running (port {port}, process {pid}); it may hold the phone. Use it with 'hardener devices --adb-server' and --adb-server, or hardener will ask before stopping it.</source>
   <translation>Lưu ý: đang có một máy chủ adb chạy (cổng {port}, tiến trình {pid}); nó có thể đang giữ điện thoại. Hãy dùng nó với 'hardener devices --adb-server' và --adb-server, nếu không hardener sẽ hỏi trước khi dừng nó.</translation>
  </message>
  <message>
   <source>Note: {text}</source>
   <translation>Lưu ý: {text}</translation>
  </message>
  <message>
   <source>Nothing answers at {address}. Check that the phone and this computer are on the same Wi-Fi network, that Wireless debugging is on in the phone's Developer options, and that the address and port are the ones the phone shows now (the port changes each time).</source>
   <translation>Không có gì trả lời tại {address}. Hãy kiểm tra rằng điện thoại và máy tính này dùng cùng một mạng Wi-Fi, rằng Gỡ lỗi không dây đang bật trong Tùy chọn cho nhà phát triển của điện thoại, và địa chỉ cùng cổng là những gì điện thoại đang hiển thị bây giờ (cổng thay đổi mỗi lần).</translation>
  </message>
  <message>
   <source>Nothing found</source>
   <translation>Không tìm thấy gì</translation>
  </message>
  <message>
   <source>Nothing found in what could be checked.</source>
   <translation>Không tìm thấy gì trong những gì có thể kiểm tra.</translation>
  </message>
  <message>
   <source>Nothing is copied to an account unless you choose to sync.</source>
   <translation>Không có gì được sao chép vào tài khoản trừ khi bạn chọn đồng bộ hóa.</translation>
  </message>
  <message>
   <source>Nothing to apply: the phone already matches this profile.</source>
   <translation>Không có gì để áp dụng: điện thoại đã khớp với hồ sơ này.</translation>
  </message>
  <message>
   <source>Nothing to change.</source>
   <translation>Không có gì cần thay đổi.</translation>
  </message>
  <message>
   <source>Nothing was changed on this phone.</source>
   <translation>Không có gì bị thay đổi trên điện thoại này.</translation>
  </message>
  <message>
   <source>Nothing was changed, so no undo record is kept on the phone (the code is not needed).</source>
   <translation>Không có gì bị thay đổi, nên không có bản ghi hoàn tác nào được lưu trên điện thoại (không cần mã).</translation>
  </message>
  <message>
   <source>Nothing was changed, so there is nothing to undo.</source>
   <translation>Không có gì bị thay đổi, nên không có gì để hoàn tác.</translation>
  </message>
  <message>
   <source>Nothing was changed.</source>
   <translation>Không có gì bị thay đổi.</translation>
  </message>
  <message>
   <source>Notification access: could not be read</source>
   <translation>Quyền truy cập thông báo: không đọc được</translation>
  </message>
  <message>
   <source>Notifications on the lock screen</source>
   <translation>Thông báo trên màn hình khóa</translation>
  </message>
  <message>
   <source>Notifications show on the lock screen, but not what they say</source>
   <translation>Thông báo hiện trên màn hình khóa, nhưng không hiện nội dung</translation>
  </message>
  <message>
   <source>Now: {command}</source>
   <translation>Bây giờ: {command}</translation>
  </message>
  <message>
   <source>Off</source>
   <translation>Tắt</translation>
  </message>
  <message>
   <source>Old Motorola Moto G6 on Android 9: no screen lock, not encrypted, USB debugging on, Play Protect off, and a sideloaded stalkerware app with accessibility, notification and device-admin access.</source>
   <translation>Motorola Moto G6 cũ chạy Android 9: không có khóa màn hình, không được mã hóa, gỡ lỗi qua USB đang bật, Play Protect tắt, và một ứng dụng phần mềm theo dõi lén được cài từ tệp có quyền hỗ trợ tiếp cận, quyền đọc thông báo và quyền quản trị thiết bị.</translation>
  </message>
  <message>
   <source>On</source>
   <translation>Bật</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu once a PIN, password or pattern is set.</source>
   <translation>Trên Android 11 trở lên, Chế độ khóa hiện trong menu nguồn khi đã đặt mã PIN, mật khẩu hoặc hình mở khóa.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu when a screen lock is set. This phone has the old switch turned off, and some phones still obey it. Check the power menu.</source>
   <translation>Trên Android 11 trở lên, Chế độ khóa hiện trong menu nguồn khi đã đặt khóa màn hình. Điện thoại này có nút gạt cũ đang tắt, và một số điện thoại vẫn làm theo nút gạt đó. Hãy kiểm tra menu nguồn.</translation>
  </message>
  <message>
   <source>On Android 11 and newer, Lockdown shows in the power menu whenever a screen lock is set, as it is here. Hold the power button and tap Lockdown when the phone may be taken.</source>
   <translation>Trên Android 11 trở lên, Chế độ khóa hiện trong menu nguồn mỗi khi đã đặt khóa màn hình, như ở đây. Hãy giữ nút nguồn và nhấn Chế độ khóa khi điện thoại có thể bị lấy.</translation>
  </message>
  <message>
   <source>On any phone or computer, open myactivity.google.com, sign in, and delete the Google Translate activity. Clearing the app does not remove this copy.</source>
   <translation>Trên bất kỳ điện thoại hoặc máy tính nào, mở myactivity.google.com, đăng nhập và xóa hoạt động Google Dịch. Xóa dữ liệu trong ứng dụng không xóa bản sao này.</translation>
  </message>
  <message>
   <source>On any phone or computer, sign in to the account your translation app uses and delete its saved translations and activity (for a Google account: myactivity.google.com). Clearing the app does not remove this copy.</source>
   <translation>Trên bất kỳ điện thoại hoặc máy tính nào, đăng nhập vào tài khoản mà ứng dụng dịch của bạn dùng và xóa các bản dịch đã lưu và hoạt động (với tài khoản Google: myactivity.google.com). Xóa dữ liệu trong ứng dụng không xóa bản sao này.</translation>
  </message>
  <message>
   <source>On the phone, open Settings, then Developer options, and tap "Revoke USB debugging authorisations". Then switch Developer options off at the top of that screen. (If you cannot find Developer options, it is already off.)</source>
   <translation>Trên điện thoại, mở Cài đặt, rồi Tùy chọn cho nhà phát triển, và nhấn "Thu hồi quyền gỡ lỗi qua USB". Sau đó tắt Tùy chọn cho nhà phát triển ở đầu màn hình đó. (Nếu bạn không tìm thấy Tùy chọn cho nhà phát triển thì tùy chọn này đã tắt.)</translation>
  </message>
  <message>
   <source>One account on both sides links your work and private life.</source>
   <translation>Dùng một tài khoản cho cả hai phía sẽ liên kết công việc và đời sống riêng của bạn.</translation>
  </message>
  <message>
   <source>One number on this phone</source>
   <translation>Một số điện thoại trên máy này</translation>
  </message>
  <message>
   <source>One phone with both lives gives both away when it is taken.</source>
   <translation>Một điện thoại chứa cả hai cuộc sống sẽ làm lộ cả hai khi bị lấy.</translation>
  </message>
  <message>
   <source>One profile on this phone</source>
   <translation>Một hồ sơ trên điện thoại này</translation>
  </message>
  <message>
   <source>Only app stores can install apps</source>
   <translation>Chỉ cửa hàng ứng dụng mới có thể cài ứng dụng</translation>
  </message>
  <message>
   <source>Only this computer is trusted for USB debugging</source>
   <translation>Chỉ máy tính này được tin cậy để gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>Open Google Photos, tap your profile picture, then Photos settings, then Backup. If Backup is on, every photo and video goes to your Google account. Turn it off if that account is not safe.</source>
   <translation>Mở Google Photos, nhấn vào ảnh hồ sơ, rồi Cài đặt Photos, rồi Sao lưu. Nếu Sao lưu đang bật, mọi ảnh và video sẽ được đưa lên tài khoản Google của bạn. Hãy tắt nếu tài khoản đó không an toàn.</translation>
  </message>
  <message>
   <source>Open Settings, then Accessibility. Find the app (it may be under "Installed apps" or "Downloaded apps") and turn it off.</source>
   <translation>Mở Cài đặt, rồi Hỗ trợ tiếp cận. Tìm ứng dụng (có thể nằm trong "Ứng dụng đã cài đặt" hoặc "Ứng dụng đã tải xuống") và tắt nó.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts (or Passwords and accounts). Remove any account you do not know. Change the password of any account someone else may know.</source>
   <translation>Mở Cài đặt, rồi Tài khoản (hoặc Mật khẩu và tài khoản). Xóa mọi tài khoản bạn không biết. Đổi mật khẩu của mọi tài khoản mà người khác có thể biết.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts and backup, then Samsung Cloud. See what is backed up and synced: messages, call history, photos. Turn off what should stay only on the phone.</source>
   <translation>Mở Cài đặt, rồi Tài khoản và sao lưu, rồi Samsung Cloud. Xem những gì được sao lưu và đồng bộ hóa: tin nhắn, nhật ký cuộc gọi, ảnh. Tắt những gì chỉ nên ở trên điện thoại.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then each account, then Account sync. Switch off Contacts, Messages and Photos where you do not need them.</source>
   <translation>Mở Cài đặt, rồi Tài khoản, rồi từng tài khoản, rồi Đồng bộ hóa tài khoản. Tắt Danh bạ, Tin nhắn và Ảnh ở những nơi bạn không cần.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts, then this account, then Account sync. Turn off what should stay only on the phone, for example contacts and messages.</source>
   <translation>Mở Cài đặt, rồi Tài khoản, rồi tài khoản này, rồi Đồng bộ hóa tài khoản. Tắt những gì chỉ nên ở trên điện thoại, ví dụ danh bạ và tin nhắn.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove private accounts from the work phone, and work accounts from the private phone.</source>
   <translation>Mở Cài đặt, rồi Tài khoản. Xóa các tài khoản cá nhân khỏi điện thoại công việc, và các tài khoản công việc khỏi điện thoại cá nhân.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Remove the work accounts you will not need while travelling; sign in again when you arrive. Check you know each password first.</source>
   <translation>Mở Cài đặt, rồi Tài khoản. Xóa các tài khoản công việc bạn sẽ không cần trong chuyến đi; đăng nhập lại khi bạn đến nơi. Trước tiên, hãy chắc chắn bạn nhớ từng mật khẩu.</translation>
  </message>
  <message>
   <source>Open Settings, then Accounts. Turn off "Automatically sync data" (it may be in the menu at the top). You can still sync by hand when you choose.</source>
   <translation>Mở Cài đặt, rồi Tài khoản. Tắt "Tự động đồng bộ hóa dữ liệu" (có thể nằm trong menu ở trên cùng). Bạn vẫn có thể tự đồng bộ hóa khi muốn.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, and look at this app. If you did not install it, keep a record and get help before you remove it.</source>
   <translation>Mở Cài đặt, rồi Ứng dụng, và xem ứng dụng này. Nếu bạn không cài nó, hãy lưu lại bằng chứng và tìm trợ giúp trước khi gỡ bỏ.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, show system apps, open the app and tap Enable. If you did not switch it off, someone else may have done it: keep a record first.</source>
   <translation>Mở Cài đặt, rồi Ứng dụng, hiển thị ứng dụng hệ thống, mở ứng dụng và nhấn Bật. Nếu bạn không tắt nó, có thể người khác đã tắt: hãy lưu lại bằng chứng trước.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Default apps. Check the SMS app and the Phone app are ones you chose.</source>
   <translation>Mở Cài đặt, rồi Ứng dụng, rồi Ứng dụng mặc định. Kiểm tra rằng ứng dụng SMS và ứng dụng Điện thoại là những ứng dụng do bạn chọn.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Display over other apps. Turn it off for apps that do not need it.</source>
   <translation>Mở Cài đặt, rồi Ứng dụng, rồi Quyền truy cập đặc biệt của ứng dụng, rồi Hiển thị trên các ứng dụng khác. Tắt cho những ứng dụng không cần.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Install unknown apps. Turn it off for this app.</source>
   <translation>Mở Cài đặt, rồi Ứng dụng, rồi Quyền truy cập đặc biệt của ứng dụng, rồi Cài đặt ứng dụng không xác định. Tắt cho ứng dụng này.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then Special app access, then Usage access. Turn it off for apps that do not need it.</source>
   <translation>Mở Cài đặt, rồi Ứng dụng, rồi Quyền truy cập đặc biệt của ứng dụng, rồi Quyền truy cập dữ liệu sử dụng. Tắt cho những ứng dụng không cần.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then the app, then Permissions, then Location. Switch off "Use precise location", and choose "Allow only while using the app".</source>
   <translation>Mở Cài đặt, rồi Ứng dụng, rồi ứng dụng đó, rồi Quyền, rồi Vị trí. Tắt "Sử dụng vị trí chính xác", và chọn "Chỉ cho phép khi dùng ứng dụng".</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions, then Contacts. Choose "Don't allow". In the app's own settings, also turn off contact upload or sync, and delete contacts it already uploaded.</source>
   <translation>Mở Cài đặt, rồi Ứng dụng, rồi ứng dụng này, rồi Quyền, rồi Danh bạ. Chọn "Không cho phép". Trong phần cài đặt riêng của ứng dụng, cũng tắt tính năng tải lên hoặc đồng bộ hóa danh bạ, và xóa danh bạ mà ứng dụng đã tải lên.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps, then this app, then Permissions. Choose "Don't allow" for what it does not need. The app will ask again if it really needs something.</source>
   <translation>Mở Cài đặt, rồi Ứng dụng, rồi ứng dụng này, rồi Quyền. Chọn "Không cho phép" cho những gì ứng dụng không cần. Ứng dụng sẽ hỏi lại nếu thực sự cần.</translation>
  </message>
  <message>
   <source>Open Settings, then Apps. For each app you do not know, ask who installed it. Remove only after a safety plan if it could be spying.</source>
   <translation>Mở Cài đặt, rồi Ứng dụng. Với mỗi ứng dụng bạn không biết, hãy hỏi xem ai đã cài nó. Nếu nó có thể đang theo dõi, chỉ gỡ bỏ sau khi có kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>Open Settings, then Developer options, and turn off "Disable adb authorization timeout".</source>
   <translation>Mở Cài đặt, rồi Tùy chọn cho nhà phát triển, và tắt "Tắt thời gian chờ cấp quyền adb".</translation>
  </message>
  <message>
   <source>Open Settings, then Display, then Screen timeout. Choose 30 seconds.</source>
   <translation>Mở Cài đặt, rồi Màn hình, rồi Thời gian chờ khóa màn hình. Chọn 30 giây.</translation>
  </message>
  <message>
   <source>Open Settings, then Google (or Accounts and backup), then Backup. See what it saves. Turn backup off if the account is not safe, and delete old backups there.</source>
   <translation>Mở Cài đặt, rồi Google (hoặc Tài khoản và sao lưu), rồi Sao lưu. Xem những gì được lưu. Tắt sao lưu nếu tài khoản không an toàn, và xóa các bản sao lưu cũ ở đó.</translation>
  </message>
  <message>
   <source>Open Settings, then Google, then All services, then Theft protection. Switch on Identity Check, Theft Detection Lock and Offline Device Lock. Outside trusted places, changing the PIN or turning off protections then needs your fingerprint or face, not only the PIN.</source>
   <translation>Mở Cài đặt, rồi Google, rồi Tất cả dịch vụ, rồi Chống trộm. Bật Kiểm tra danh tính, Khóa khi phát hiện hành vi trộm và Khóa thiết bị khi không có mạng. Khi ở ngoài những nơi tin cậy, việc đổi mã PIN hoặc tắt các biện pháp bảo vệ sẽ cần vân tay hoặc khuôn mặt của bạn, không chỉ mã PIN.</translation>
  </message>
  <message>
   <source>Open Settings, then Location, then Location services (or Improve accuracy). Switch off Wi-Fi scanning and Bluetooth scanning.</source>
   <translation>Mở Cài đặt, rồi Vị trí, rồi Dịch vụ vị trí (hoặc Cải thiện độ chính xác). Tắt Quét tìm Wi-Fi và Quét tìm Bluetooth.</translation>
  </message>
  <message>
   <source>Open Settings, then Network (or Connections, then More connection settings), then Private DNS. Choose Automatic, or a provider you trust.</source>
   <translation>Mở Cài đặt, rồi Mạng (hoặc Kết nối, rồi Cài đặt kết nối khác), rồi DNS riêng. Chọn Tự động, hoặc một nhà cung cấp bạn tin tưởng.</translation>
  </message>
  <message>
   <source>Open Settings, then Network, then Wi-Fi, tap the network, then Edit or Advanced, and set Proxy to None. If you did not set it, keep a record first.</source>
   <translation>Mở Cài đặt, rồi Mạng, rồi Wi-Fi, nhấn vào mạng, rồi Chỉnh sửa hoặc Nâng cao, và đặt Proxy thành Không có. Nếu bạn không tự đặt proxy, hãy lưu lại bằng chứng trước.</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications (or Lock screen), then Notifications on lock screen. Choose "Don't show notifications", or at least "Hide sensitive content".</source>
   <translation>Mở Cài đặt, rồi Thông báo (hoặc Màn hình khóa), rồi Thông báo trên màn hình khóa. Chọn "Không hiển thị thông báo", hoặc ít nhất là "Ẩn nội dung nhạy cảm".</translation>
  </message>
  <message>
   <source>Open Settings, then Notifications, then Notification access (on some phones: Apps, then Special app access). Turn it off for this app.</source>
   <translation>Mở Cài đặt, rồi Thông báo, rồi Quyền truy cập thông báo (trên một số điện thoại: Ứng dụng, rồi Quyền truy cập đặc biệt của ứng dụng). Tắt cho ứng dụng này.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics), then Fingerprint and Face recognition. Delete them before a risky time, or be ready to use Lockdown.</source>
   <translation>Mở Cài đặt, rồi Bảo mật (hoặc Sinh trắc học), rồi Vân tay và Nhận diện khuôn mặt. Xóa chúng trước thời điểm nguy hiểm, hoặc sẵn sàng dùng Chế độ khóa.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Biometrics). Delete fingerprints and face before you travel; add them again when you are safe.</source>
   <translation>Mở Cài đặt, rồi Bảo mật (hoặc Sinh trắc học). Xóa vân tay và khuôn mặt trước khi đi xa; thêm lại khi bạn đã an toàn.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN and use at least 6 digits that are not a birthday. A pattern is easy to watch and guess.</source>
   <translation>Mở Cài đặt, rồi Bảo mật (hoặc Màn hình khóa), rồi Khóa màn hình. Chọn mã PIN và dùng ít nhất 6 chữ số không phải là ngày sinh. Hình mở khóa dễ bị nhìn trộm và dễ đoán.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Screen lock. Choose PIN with 6 numbers or more, or Password. Do not use a birth date or a number other people know.</source>
   <translation>Mở Cài đặt, rồi Bảo mật (hoặc Màn hình khóa), rồi Khóa màn hình. Chọn mã PIN có từ 6 số trở lên, hoặc Mật khẩu. Đừng dùng ngày sinh hoặc số mà người khác biết.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then Smart Lock or Extend Unlock. Enter your PIN. Remove trusted places and trusted devices, and turn off on-body detection.</source>
   <translation>Mở Cài đặt, rồi Bảo mật (hoặc Màn hình khóa), rồi Smart Lock hoặc Extend Unlock. Nhập mã PIN của bạn. Xóa các địa điểm tin cậy và thiết bị tin cậy, và tắt tính năng phát hiện khi đang mang theo người.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Lock screen), then the gear next to Screen lock, then "Lock after screen timeout". Choose Immediately or 5 seconds.</source>
   <translation>Mở Cài đặt, rồi Bảo mật (hoặc Màn hình khóa), rồi biểu tượng bánh răng bên cạnh Khóa màn hình, rồi "Khóa sau khi hết thời gian chờ". Chọn Ngay lập tức hoặc 5 giây.</translation>
  </message>
  <message>
   <source>Open Settings, then Security (or Security and privacy), then More security settings or Encryption and credentials, then Trusted credentials, and the User tab. If a certificate is there that you did not add, keep a record and get help before you remove it.</source>
   <translation>Mở Cài đặt, rồi Bảo mật (hoặc Bảo mật và quyền riêng tư), rồi Cài đặt bảo mật khác hoặc Mã hóa và thông tin xác thực, rồi Thông tin xác thực đáng tin cậy, và thẻ Người dùng. Nếu ở đó có chứng chỉ mà bạn không tự thêm, hãy lưu lại bằng chứng và tìm trợ giúp trước khi gỡ bỏ.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Advanced Protection. It blocks apps from outside the Play Store, old 2G networks and new USB connections while the phone is locked. Apps you installed from files may stop updating: decide with someone who knows the phone.</source>
   <translation>Mở Cài đặt, rồi Bảo mật và quyền riêng tư, rồi Bảo vệ nâng cao. Tính năng này chặn ứng dụng từ bên ngoài Cửa hàng Play, mạng 2G cũ và kết nối USB mới khi điện thoại đang khóa. Các ứng dụng bạn cài từ tệp có thể không cập nhật được nữa: hãy quyết định cùng với người hiểu rõ về điện thoại.</translation>
  </message>
  <message>
   <source>Open Settings, then Security and privacy, then Private space, then "Lock private space automatically", and choose "Every time device locks".</source>
   <translation>Mở Cài đặt, rồi Bảo mật và quyền riêng tư, rồi Không gian riêng tư, rồi "Tự động khóa không gian riêng tư", và chọn "Mỗi khi thiết bị khóa".</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps (on some phones: Other security settings). Turn off apps you do not know. If you cannot, get help.</source>
   <translation>Mở Cài đặt, rồi Bảo mật, rồi Ứng dụng quản trị thiết bị (trên một số điện thoại: Cài đặt bảo mật khác). Tắt các ứng dụng bạn không biết. Nếu không tắt được, hãy tìm trợ giúp.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Device admin apps. Switch off any app you do not know.</source>
   <translation>Mở Cài đặt, rồi Bảo mật, rồi Ứng dụng quản trị thiết bị. Tắt mọi ứng dụng bạn không biết.</translation>
  </message>
  <message>
   <source>Open Settings, then Security, then Smart Lock (or Extend Unlock). Remove trusted places, devices and on-body detection.</source>
   <translation>Mở Cài đặt, rồi Bảo mật, rồi Smart Lock (hoặc Extend Unlock). Xóa các địa điểm tin cậy, thiết bị tin cậy và tính năng phát hiện khi đang mang theo người.</translation>
  </message>
  <message>
   <source>Open Settings, then System (or Software update), then Security update, and install what is offered. If nothing comes for a year, the phone no longer gets updates: think about a newer phone for work.</source>
   <translation>Mở Cài đặt, rồi Hệ thống (hoặc Cập nhật phần mềm), rồi Bản cập nhật bảo mật, và cài những gì được cung cấp. Nếu suốt một năm không có bản cập nhật nào, điện thoại không còn được cập nhật nữa: hãy cân nhắc dùng điện thoại mới hơn cho công việc.</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Developer options. Turn off "Stay awake".</source>
   <translation>Mở Cài đặt, rồi Hệ thống, rồi Tùy chọn cho nhà phát triển. Tắt "Luôn bật màn hình".</translation>
  </message>
  <message>
   <source>Open Settings, then System, then Languages and input, then On-screen keyboard. Keep only keyboards you chose.</source>
   <translation>Mở Cài đặt, rồi Hệ thống, rồi Ngôn ngữ và nhập liệu, rồi Bàn phím ảo. Chỉ giữ lại những bàn phím bạn đã chọn.</translation>
  </message>
  <message>
   <source>Open Settings, then Xiaomi Account (or Mi Account), then Xiaomi Cloud. See what is synced: messages, gallery, contacts, call history. Turn off what should stay only on the phone.</source>
   <translation>Mở Cài đặt, rồi Tài khoản Xiaomi (hoặc Tài khoản Mi), rồi Xiaomi Cloud. Xem những gì được đồng bộ hóa: tin nhắn, thư viện ảnh, danh bạ, nhật ký cuộc gọi. Tắt những gì chỉ nên ở trên điện thoại.</translation>
  </message>
  <message>
   <source>Open WhatsApp, then Settings, then Chats, then Chat backup. If "Back up to Google Drive" is not "Never", your chats are copied there. Choose Never if that account is not safe, and delete the old backup in Google Drive.</source>
   <translation>Mở WhatsApp, rồi Cài đặt, rồi Đoạn chat, rồi Sao lưu đoạn chat. Nếu "Sao lưu vào Google Drive" không phải là "Không bao giờ", các cuộc trò chuyện của bạn đang được sao chép lên đó. Chọn Không bao giờ nếu tài khoản đó không an toàn, và xóa bản sao lưu cũ trên Google Drive.</translation>
  </message>
  <message>
   <source>Open myactivity.google.com in a browser (or the Google app, then your profile picture, then My Activity). Choose Google Translate and delete it all. Under "Web &amp; App Activity" you can turn saving off, or set auto-delete to 3 months.</source>
   <translation>Mở myactivity.google.com trong trình duyệt (hoặc ứng dụng Google, rồi ảnh hồ sơ, rồi Hoạt động của tôi). Chọn Google Dịch và xóa tất cả. Trong "Hoạt động trên web và ứng dụng", bạn có thể tắt việc lưu, hoặc đặt tự động xóa sau 3 tháng.</translation>
  </message>
  <message>
   <source>Open the Play Store, tap your profile picture, then Play Protect, then the settings wheel. Turn on "Scan apps with Play Protect".</source>
   <translation>Mở Cửa hàng Play, nhấn vào ảnh hồ sơ, rồi Play Protect, rồi biểu tượng bánh răng cài đặt. Bật "Quét ứng dụng bằng Play Protect".</translation>
  </message>
  <message>
   <source>Open the app and look in its settings for Backup, Sync or Camera upload. Turn it off if the account is not safe.</source>
   <translation>Mở ứng dụng và tìm trong phần cài đặt mục Sao lưu, Đồng bộ hóa hoặc Tải ảnh lên. Tắt nếu tài khoản không an toàn.</translation>
  </message>
  <message>
   <source>Open the app. Find History (often in the menu or under your profile picture) and delete it all. In the app's settings, turn off saving history if you can. Remove saved or starred phrases too.</source>
   <translation>Mở ứng dụng. Tìm Lịch sử (thường nằm trong menu hoặc dưới ảnh hồ sơ) và xóa tất cả. Trong phần cài đặt của ứng dụng, hãy tắt việc lưu lịch sử nếu có thể. Xóa cả các cụm từ đã lưu hoặc đã gắn dấu sao.</translation>
  </message>
  <message>
   <source>Open the camera's settings and switch off "Save location" (or Location tags). Or open Settings, then Apps, then Camera, then Permissions, then Location: "Don't allow".</source>
   <translation>Mở phần cài đặt của máy ảnh và tắt "Lưu vị trí" (hoặc Thẻ vị trí). Hoặc mở Cài đặt, rồi Ứng dụng, rồi Máy ảnh, rồi Quyền, rồi Vị trí: "Không cho phép".</translation>
  </message>
  <message>
   <source>Open the translation app, go to History (or the clock icon), and delete it. Switch off 'Save history' if the app has it.</source>
   <translation>Mở ứng dụng dịch, vào Lịch sử (hoặc biểu tượng đồng hồ), và xóa lịch sử. Tắt 'Lưu lịch sử' nếu ứng dụng có tùy chọn này.</translation>
  </message>
  <message>
   <source>Other computers can use USB debugging on this phone</source>
   <translation>Các máy tính khác có thể dùng gỡ lỗi qua USB trên điện thoại này</translation>
  </message>
  <message>
   <source>PIN</source>
   <translation>Mã PIN</translation>
  </message>
  <message>
   <source>PIN or password</source>
   <translation>Mã PIN hoặc mật khẩu</translation>
  </message>
  <message>
   <source>Paired, with Google's adb ({adb}, version {version}): {said}</source>
   <translation>Đã ghép nối, bằng adb của Google ({adb}, phiên bản {version}): {said}</translation>
  </message>
  <message>
   <source>Pairing with a code needs Google's "adb" program (Android SDK Platform-Tools), and hardener did not find it on this computer. Install Platform-Tools from Google's Android developer site, then try again. Or connect the phone with a USB cable instead.</source>
   <translation>Ghép nối bằng mã cần chương trình "adb" của Google (Android SDK Platform-Tools), và hardener không tìm thấy chương trình này trên máy tính này. Hãy cài Platform-Tools từ trang web dành cho nhà phát triển Android của Google, rồi thử lại. Hoặc kết nối điện thoại bằng cáp USB.</translation>
  </message>
  <message>
   <source>Permissions of {app}: could not be read</source>
   <translation>Quyền của {app}: không đọc được</translation>
  </message>
  <message>
   <source>Phone locks after the screen turns off</source>
   <translation>Điện thoại khóa sau khi màn hình tắt</translation>
  </message>
  <message>
   <source>Phone number</source>
   <translation>Số điện thoại</translation>
  </message>
  <message>
   <source>Phone safety check</source>
   <translation>Kiểm tra an toàn điện thoại</translation>
  </message>
  <message>
   <source>Phone:</source>
   <translation>Điện thoại:</translation>
  </message>
  <message>
   <source>Phones that trusted this computer will ask "Allow USB debugging?" again.</source>
   <translation>Các điện thoại đã tin cậy máy tính này sẽ lại hỏi "Cho phép gỡ lỗi qua USB?".</translation>
  </message>
  <message>
   <source>Photos and contacts in the cloud can be asked for without the phone.</source>
   <translation>Ảnh và danh bạ trên đám mây có thể bị yêu cầu cung cấp mà không cần điện thoại.</translation>
  </message>
  <message>
   <source>Pixel 6a on Android 13 with a stalkerware app renamed to look like a system update: only its signing certificate gives it away.</source>
   <translation>Pixel 6a chạy Android 13 có một ứng dụng phần mềm theo dõi lén được đổi tên để trông giống bản cập nhật hệ thống: chỉ chứng chỉ ký của nó mới làm lộ nó.</translation>
  </message>
  <message>
   <source>Play Protect checks apps</source>
   <translation>Play Protect kiểm tra ứng dụng</translation>
  </message>
  <message>
   <source>Play Protect checks apps for harm. People who put spying apps on a phone often switch it off first. If you did not switch it off, someone else may have.</source>
   <translation>Play Protect kiểm tra ứng dụng để tìm những gì có hại. Người cài ứng dụng theo dõi lén lên điện thoại thường tắt Play Protect trước. Nếu bạn không tự tắt, có thể người khác đã tắt.</translation>
  </message>
  <message>
   <source>Play Protect does not scan apps</source>
   <translation>Play Protect không quét ứng dụng</translation>
  </message>
  <message>
   <source>Play Protect is off</source>
   <translation>Play Protect đang tắt</translation>
  </message>
  <message>
   <source>Play Protect is on</source>
   <translation>Play Protect đang bật</translation>
  </message>
  <message>
   <source>Play Protect warns about known spying apps.</source>
   <translation>Play Protect cảnh báo về các ứng dụng theo dõi lén đã biết.</translation>
  </message>
  <message>
   <source>Play Protect, which scans apps for harm, comes with Google Play. Without it, install apps only from a store you trust, and only apps you know.</source>
   <translation>Play Protect, tính năng quét ứng dụng để tìm những gì có hại, đi kèm với Google Play. Nếu không có Play Protect, chỉ cài ứng dụng từ cửa hàng bạn tin tưởng, và chỉ những ứng dụng bạn biết.</translation>
  </message>
  <message>
   <source>Play Protect: could not be read</source>
   <translation>Play Protect: không đọc được</translation>
  </message>
  <message>
   <source>Police holding the phone can read client messages that show on its screen.</source>
   <translation>Cảnh sát cầm điện thoại có thể đọc tin nhắn của khách hàng hiện trên màn hình.</translation>
  </message>
  <message>
   <source>Police read messages first; messages that disappear by themselves are not there to read.</source>
   <translation>Cảnh sát đọc tin nhắn trước tiên; tin nhắn tự biến mất thì không còn ở đó để đọc.</translation>
  </message>
  <message>
   <source>Police read translation history to prove what people do for work.</source>
   <translation>Cảnh sát đọc lịch sử dịch để chứng minh người ta làm nghề gì.</translation>
  </message>
  <message>
   <source>Police who take a phone read the messages first. Messages that disappear by themselves are not there to be read. Each app has its own switch: the steps say where.</source>
   <translation>Cảnh sát lấy được điện thoại sẽ đọc tin nhắn trước tiên. Tin nhắn tự biến mất thì không còn ở đó để đọc. Mỗi ứng dụng có nút bật riêng: các bước sẽ chỉ ở đâu.</translation>
  </message>
  <message>
   <source>Practice phone '{name}' listening on {address}</source>
   <translation>Điện thoại tập dượt '{name}' đang chờ kết nối tại {address}</translation>
  </message>
  <message>
   <source>Practice phone (simulated, not a real phone)</source>
   <translation>Điện thoại tập dượt (mô phỏng, không phải điện thoại thật)</translation>
  </message>
  <message>
   <source>Practise Lockdown</source>
   <translation>Tập dùng Chế độ khóa</translation>
  </message>
  <message>
   <source>Press and hold the power button (on some phones: power and volume up together), then tap Lockdown. Now only your PIN or password opens the phone: no fingerprint, no face, no Smart Lock, and no messages on the lock screen. Or turn the phone off.</source>
   <translation>Nhấn và giữ nút nguồn (trên một số điện thoại: giữ cùng lúc nút nguồn và nút tăng âm lượng), rồi nhấn Chế độ khóa. Bây giờ chỉ mã PIN hoặc mật khẩu của bạn mới mở được điện thoại: không vân tay, không khuôn mặt, không Smart Lock, và không có tin nhắn trên màn hình khóa. Hoặc tắt nguồn điện thoại.</translation>
  </message>
  <message>
   <source>Private DNS</source>
   <translation>DNS riêng</translation>
  </message>
  <message>
   <source>Private DNS is automatic</source>
   <translation>DNS riêng đang ở chế độ tự động</translation>
  </message>
  <message>
   <source>Private DNS is off</source>
   <translation>DNS riêng đang tắt</translation>
  </message>
  <message>
   <source>Private DNS uses a provider you chose</source>
   <translation>DNS riêng dùng nhà cung cấp do bạn chọn</translation>
  </message>
  <message>
   <source>Private DNS: could not be read</source>
   <translation>DNS riêng: không đọc được</translation>
  </message>
  <message>
   <source>Private Space locks</source>
   <translation>Không gian riêng tư được khóa</translation>
  </message>
  <message>
   <source>Profile: {title}</source>
   <translation>Hồ sơ: {title}</translation>
  </message>
  <message>
   <source>Profiles on the phone: could not be read</source>
   <translation>Hồ sơ trên điện thoại: không đọc được</translation>
  </message>
  <message>
   <source>Proxy and VPN: could not be read</source>
   <translation>Proxy và VPN: không đọc được</translation>
  </message>
  <message>
   <source>Pull down from the top of the screen and tap Location to switch it off, or open Settings, then Location. Switch it on again only when you need a map or a ride.</source>
   <translation>Vuốt xuống từ đầu màn hình và nhấn Vị trí để tắt, hoặc mở Cài đặt, rồi Vị trí. Chỉ bật lại khi bạn cần dùng bản đồ hoặc gọi xe.</translation>
  </message>
  <message>
   <source>Read each finding with the person. Start with the worst ones at the top.</source>
   <translation>Đọc từng phát hiện cùng với người đó. Bắt đầu từ những mục nghiêm trọng nhất ở trên cùng.</translation>
  </message>
  <message>
   <source>Read the results together</source>
   <translation>Cùng đọc kết quả</translation>
  </message>
  <message>
   <source>Read what this check found before anything is changed. Talk to a sex worker organisation or a support service you trust, and make a safety plan together.</source>
   <translation>Hãy đọc những gì lần kiểm tra này phát hiện trước khi thay đổi bất cứ điều gì. Nói chuyện với một tổ chức của người lao động tình dục hoặc một dịch vụ hỗ trợ bạn tin tưởng, và cùng nhau lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>Register dating and advertising apps with a work number only, not your private one. A second SIM, a second phone or a number from a calling app all work.</source>
   <translation>Chỉ đăng ký ứng dụng hẹn hò và quảng cáo bằng số điện thoại công việc, không dùng số cá nhân. Một SIM thứ hai, một điện thoại thứ hai hoặc một số từ ứng dụng gọi điện đều được.</translation>
  </message>
  <message>
   <source>Relying on translation apps</source>
   <translation>Phụ thuộc vào ứng dụng dịch</translation>
  </message>
  <message>
   <source>Remove fingerprint and face unlock for the trip</source>
   <translation>Xóa mở khóa bằng vân tay và khuôn mặt trong chuyến đi</translation>
  </message>
  <message>
   <source>Remove the proxy</source>
   <translation>Xóa proxy</translation>
  </message>
  <message>
   <source>Removed this computer's key from the keyring. Phones that trusted it will ask "Allow USB debugging?" again.</source>
   <translation>Đã xóa khóa của máy tính này khỏi chùm khóa (keyring). Các điện thoại đã tin cậy khóa này sẽ hỏi lại "Cho phép gỡ lỗi qua USB?".</translation>
  </message>
  <message>
   <source>Removed: {path}</source>
   <translation>Đã xóa: {path}</translation>
  </message>
  <message>
   <source>Removing a spying app can warn the person who installed it. Talk to someone you trust or a support service first. Note what you found before changing anything.</source>
   <translation>Gỡ bỏ ứng dụng theo dõi lén có thể báo động cho người đã cài nó. Trước tiên, hãy nói chuyện với người bạn tin tưởng hoặc một dịch vụ hỗ trợ. Ghi lại những gì bạn phát hiện trước khi thay đổi bất cứ điều gì.</translation>
  </message>
  <message>
   <source>Removing a spying app or changing settings can warn the person watching, and make things more dangerous.</source>
   <translation>Gỡ bỏ ứng dụng theo dõi lén hoặc thay đổi cài đặt có thể báo động cho người đang theo dõi, và khiến tình hình nguy hiểm hơn.</translation>
  </message>
  <message>
   <source>Removing this app can warn the person who put it there, and that can make them dangerous. Talk first to someone you trust or a support service. Plan where you will be safe and who can help.</source>
   <translation>Gỡ bỏ ứng dụng này có thể báo động cho người đã cài nó, và điều đó có thể khiến họ trở nên nguy hiểm. Trước tiên, hãy nói chuyện với người bạn tin tưởng hoặc một dịch vụ hỗ trợ. Hãy lên kế hoạch bạn sẽ ở đâu cho an toàn và ai có thể giúp bạn.</translation>
  </message>
  <message>
   <source>Replace the SIM card</source>
   <translation>Thay thẻ SIM</translation>
  </message>
  <message>
   <source>Report written to {path}</source>
   <translation>Đã ghi báo cáo vào {path}</translation>
  </message>
  <message>
   <source>Restored {restored} of {total}.</source>
   <translation>Đã khôi phục {restored} trên {total}.</translation>
  </message>
  <message>
   <source>Revoke USB debugging authorisations at the end</source>
   <translation>Thu hồi quyền gỡ lỗi qua USB khi kết thúc</translation>
  </message>
  <message>
   <source>Running accessibility services: could not be read</source>
   <translation>Dịch vụ hỗ trợ tiếp cận đang chạy: không đọc được</translation>
  </message>
  <message>
   <source>SIM cards: could not be read</source>
   <translation>Thẻ SIM: không đọc được</translation>
  </message>
  <message>
   <source>Samsung Galaxy A51 on Android 11: pattern lock with Smart Lock, message previews on the lock screen, Google Translate used daily, contacts synced to Google and Samsung, dating and social apps reading contacts.</source>
   <translation>Samsung Galaxy A51 chạy Android 11: khóa bằng hình mở khóa cùng Smart Lock, xem trước tin nhắn trên màn hình khóa, dùng Google Dịch hằng ngày, danh bạ được đồng bộ hóa với Google và Samsung, các ứng dụng hẹn hò và mạng xã hội đọc danh bạ.</translation>
  </message>
  <message>
   <source>Save the report from this visit on a computer or with a person you trust, not on this phone. Write down the date and the names of apps that were found.</source>
   <translation>Hãy lưu báo cáo của lần này trên máy tính hoặc gửi cho người bạn tin tưởng, không lưu trên điện thoại này. Ghi lại ngày và tên các ứng dụng đã tìm thấy.</translation>
  </message>
  <message>
   <source>Scanning apps for harm was refused on this phone. If you did not refuse it, someone else may have. Turn scanning on.</source>
   <translation>Việc quét ứng dụng để tìm những gì có hại đã bị từ chối trên điện thoại này. Nếu bạn không từ chối, có thể người khác đã làm. Hãy bật tính năng quét.</translation>
  </message>
  <message>
   <source>Scanning tells apps where you are, even with Wi-Fi and Bluetooth off.</source>
   <translation>Tính năng quét cho ứng dụng biết bạn ở đâu, ngay cả khi Wi-Fi và Bluetooth đã tắt.</translation>
  </message>
  <message>
   <source>Screen lock and phone settings</source>
   <translation>Khóa màn hình và cài đặt điện thoại</translation>
  </message>
  <message>
   <source>Screen lock:</source>
   <translation>Khóa màn hình:</translation>
  </message>
  <message>
   <source>Screen lock: could not be read</source>
   <translation>Khóa màn hình: không đọc được</translation>
  </message>
  <message>
   <source>Screen lock: {kind}</source>
   <translation>Khóa màn hình: {kind}</translation>
  </message>
  <message>
   <source>Screen recording: could not be read</source>
   <translation>Ghi màn hình: không đọc được</translation>
  </message>
  <message>
   <source>Screen stays on while charging</source>
   <translation>Màn hình luôn bật khi đang sạc</translation>
  </message>
  <message>
   <source>Screen timeout: could not be read</source>
   <translation>Thời gian chờ khóa màn hình: không đọc được</translation>
  </message>
  <message>
   <source>Screen turns off after</source>
   <translation>Màn hình tắt sau</translation>
  </message>
  <message>
   <source>Security apps: could not be read</source>
   <translation>Ứng dụng bảo mật: không đọc được</translation>
  </message>
  <message>
   <source>Security patch:</source>
   <translation>Bản vá bảo mật:</translation>
  </message>
  <message>
   <source>Security updates are recent</source>
   <translation>Bản cập nhật bảo mật còn mới</translation>
  </message>
  <message>
   <source>Security updates: could not be read</source>
   <translation>Bản cập nhật bảo mật: không đọc được</translation>
  </message>
  <message>
   <source>Serial number</source>
   <translation>Số sê-ri</translation>
  </message>
  <message>
   <source>Serial number:</source>
   <translation>Số sê-ri:</translation>
  </message>
  <message>
   <source>Set a PIN of 6 digits or more</source>
   <translation>Đặt mã PIN có từ 6 chữ số trở lên</translation>
  </message>
  <message>
   <source>Set a strong screen lock</source>
   <translation>Đặt khóa màn hình mạnh</translation>
  </message>
  <message>
   <source>Show the Lockdown button in the power menu</source>
   <translation>Hiện nút Chế độ khóa trong menu nguồn</translation>
  </message>
  <message>
   <source>Shown</source>
   <translation>Đang hiện</translation>
  </message>
  <message>
   <source>Sign out everywhere</source>
   <translation>Đăng xuất ở mọi nơi</translation>
  </message>
  <message>
   <source>Sign out of work accounts for the trip</source>
   <translation>Đăng xuất tài khoản công việc trong chuyến đi</translation>
  </message>
  <message>
   <source>Signal: make messages disappear</source>
   <translation>Signal: bật tin nhắn tự hủy</translation>
  </message>
  <message>
   <source>Skipped</source>
   <translation>Đã bỏ qua</translation>
  </message>
  <message>
   <source>Smart Lock can keep the phone unlocked</source>
   <translation>Smart Lock có thể giữ điện thoại ở trạng thái mở khóa</translation>
  </message>
  <message>
   <source>Smart Lock is off</source>
   <translation>Smart Lock đang tắt</translation>
  </message>
  <message>
   <source>Smart Lock is on, but not keeping the phone unlocked now</source>
   <translation>Smart Lock đang bật, nhưng hiện không giữ điện thoại ở trạng thái mở khóa</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at "trusted" places, near "trusted" devices, or while you carry it. That is exactly when it can be taken from you, open.</source>
   <translation>Smart Lock giữ điện thoại mở khóa ở những địa điểm "tin cậy", khi ở gần thiết bị "tin cậy", hoặc khi bạn mang theo người. Đó chính là lúc điện thoại có thể bị lấy khỏi tay bạn khi đang mở.</translation>
  </message>
  <message>
   <source>Smart Lock keeps the phone open at home or near your watch: exactly when it can be taken.</source>
   <translation>Smart Lock giữ điện thoại mở khóa khi ở nhà hoặc gần đồng hồ của bạn: đúng lúc điện thoại có thể bị lấy.</translation>
  </message>
  <message>
   <source>Smart Lock: could not be read</source>
   <translation>Smart Lock: không đọc được</translation>
  </message>
  <message>
   <source>Social apps and your contacts: could not be read</source>
   <translation>Ứng dụng mạng xã hội và danh bạ của bạn: không đọc được</translation>
  </message>
  <message>
   <source>Some changes cannot be undone:</source>
   <translation>Một số thay đổi không thể hoàn tác:</translation>
  </message>
  <message>
   <source>Someone added a certificate to the phone</source>
   <translation>Có người đã thêm một chứng chỉ vào điện thoại</translation>
  </message>
  <message>
   <source>Someone holding the locked phone can see which apps got messages, but not the messages. To hide them completely, turn lock-screen notifications off.</source>
   <translation>Người cầm điện thoại đang khóa có thể thấy những ứng dụng nào nhận được tin nhắn, nhưng không thấy nội dung tin nhắn. Để ẩn hoàn toàn, hãy tắt thông báo trên màn hình khóa.</translation>
  </message>
  <message>
   <source>Something at {address} answered, then stopped answering or closed the connection. On the phone, check that Wireless debugging is on and that the address and port are the ones it shows now. If the phone asks to pair with a code, hardener cannot do that itself: use a USB cable, or pair the phone with Google's adb program and connect through it.</source>
   <translation>Có gì đó tại {address} đã trả lời, rồi ngừng trả lời hoặc đóng kết nối. Trên điện thoại, hãy kiểm tra rằng Gỡ lỗi không dây đang bật và địa chỉ cùng cổng là những gì điện thoại đang hiển thị bây giờ. Nếu điện thoại yêu cầu ghép nối bằng mã, hardener không tự làm được: hãy dùng cáp USB, hoặc ghép nối điện thoại bằng chương trình adb của Google và kết nối thông qua chương trình đó.</translation>
  </message>
  <message>
   <source>Something went wrong.</source>
   <translation>Đã xảy ra sự cố.</translation>
  </message>
  <message>
   <source>Spying apps are often installed by hand, outside the app store.</source>
   <translation>Ứng dụng theo dõi lén thường được cài thủ công, bên ngoài cửa hàng ứng dụng.</translation>
  </message>
  <message>
   <source>Spying apps are often installed from outside the app store.</source>
   <translation>Ứng dụng theo dõi lén thường được cài từ bên ngoài cửa hàng ứng dụng.</translation>
  </message>
  <message>
   <source>Spying apps: could not be read</source>
   <translation>Ứng dụng theo dõi lén: không đọc được</translation>
  </message>
  <message>
   <source>Stalkerware and spying apps</source>
   <translation>Phần mềm theo dõi lén và ứng dụng theo dõi lén</translation>
  </message>
  <message>
   <source>Stay awake while charging: could not be read</source>
   <translation>Luôn bật màn hình khi sạc: không đọc được</translation>
  </message>
  <message>
   <source>Still on the phone, NOT erased: {names}</source>
   <translation>Vẫn còn trên điện thoại, CHƯA bị xóa: {names}</translation>
  </message>
  <message>
   <source>Still to do, by hand</source>
   <translation>Còn phải làm, bằng tay</translation>
  </message>
  <message>
   <source>Stop apps drawing over other apps</source>
   <translation>Không cho ứng dụng hiển thị trên các ứng dụng khác</translation>
  </message>
  <message>
   <source>Stop apps from installing apps</source>
   <translation>Không cho ứng dụng cài đặt ứng dụng</translation>
  </message>
  <message>
   <source>Stop apps from installing other apps</source>
   <translation>Không cho ứng dụng cài đặt ứng dụng khác</translation>
  </message>
  <message>
   <source>Stop apps reading your notifications</source>
   <translation>Không cho ứng dụng đọc thông báo của bạn</translation>
  </message>
  <message>
   <source>Stop apps recording your screen without asking</source>
   <translation>Không cho ứng dụng ghi màn hình của bạn mà không hỏi</translation>
  </message>
  <message>
   <source>Stop social and dating apps from reading your contacts</source>
   <translation>Không cho ứng dụng mạng xã hội và hẹn hò đọc danh bạ của bạn</translation>
  </message>
  <message>
   <source>Stop the other adb program now?</source>
   <translation>Dừng chương trình adb kia ngay bây giờ?</translation>
  </message>
  <message>
   <source>Stop the phone scanning for Wi-Fi and Bluetooth</source>
   <translation>Không cho điện thoại quét tìm Wi-Fi và Bluetooth</translation>
  </message>
  <message>
   <source>Stopped.</source>
   <translation>Đã dừng.</translation>
  </message>
  <message>
   <source>Summary: {counts}</source>
   <translation>Tóm tắt: {counts}</translation>
  </message>
  <message>
   <source>Switch Play Protect back on</source>
   <translation>Bật lại Play Protect</translation>
  </message>
  <message>
   <source>Switch location off when you do not need it</source>
   <translation>Tắt vị trí khi bạn không cần</translation>
  </message>
  <message>
   <source>Switch off "Stay awake"</source>
   <translation>Tắt "Luôn bật màn hình"</translation>
  </message>
  <message>
   <source>Switch off Android backup to the cloud</source>
   <translation>Tắt sao lưu Android lên đám mây</translation>
  </message>
  <message>
   <source>Switch off Smart Lock</source>
   <translation>Tắt Smart Lock</translation>
  </message>
  <message>
   <source>Switch off Wi-Fi and Bluetooth scanning</source>
   <translation>Tắt quét tìm Wi-Fi và Bluetooth</translation>
  </message>
  <message>
   <source>Switch off accessibility access you do not use</source>
   <translation>Tắt quyền hỗ trợ tiếp cận mà bạn không dùng</translation>
  </message>
  <message>
   <source>Switch off accessibility for apps you do not know</source>
   <translation>Tắt hỗ trợ tiếp cận cho các ứng dụng bạn không biết</translation>
  </message>
  <message>
   <source>Switch off automatic sync</source>
   <translation>Tắt tự động đồng bộ hóa</translation>
  </message>
  <message>
   <source>Switch off developer options when you finish</source>
   <translation>Tắt tùy chọn cho nhà phát triển khi bạn xong việc</translation>
  </message>
  <message>
   <source>Switch off notification access for apps you do not know</source>
   <translation>Tắt quyền truy cập thông báo cho các ứng dụng bạn không biết</translation>
  </message>
  <message>
   <source>Switch off precise location for dating apps</source>
   <translation>Tắt vị trí chính xác cho ứng dụng hẹn hò</translation>
  </message>
  <message>
   <source>Switch on Identity Check and theft protection</source>
   <translation>Bật Kiểm tra danh tính và tính năng chống trộm</translation>
  </message>
  <message>
   <source>Switch on Private DNS</source>
   <translation>Bật DNS riêng</translation>
  </message>
  <message>
   <source>Switch the phone off</source>
   <translation>Tắt nguồn điện thoại</translation>
  </message>
  <message>
   <source>Switch the phone off before passport control and switch it on only after. A phone that was switched off opens only with your PIN.</source>
   <translation>Tắt nguồn điện thoại trước khi qua cửa kiểm soát hộ chiếu và chỉ bật lại sau đó. Điện thoại đã tắt nguồn chỉ mở được bằng mã PIN của bạn.</translation>
  </message>
  <message>
   <source>Switch the phone off before the border</source>
   <translation>Tắt nguồn điện thoại trước khi qua biên giới</translation>
  </message>
  <message>
   <source>Switch the phone off when a search is likely</source>
   <translation>Tắt nguồn điện thoại khi có khả năng bị khám xét</translation>
  </message>
  <message>
   <source>Take away contacts access</source>
   <translation>Thu hồi quyền truy cập danh bạ</translation>
  </message>
  <message>
   <source>Take away permissions the app does not need</source>
   <translation>Thu hồi các quyền mà ứng dụng không cần</translation>
  </message>
  <message>
   <source>Take location away from the camera</source>
   <translation>Thu hồi quyền vị trí của máy ảnh</translation>
  </message>
  <message>
   <source>Take microphone and contacts away from translation apps</source>
   <translation>Thu hồi quyền micrô và danh bạ của ứng dụng dịch</translation>
  </message>
  <message>
   <source>Take the camera and microphone from apps that do not need them</source>
   <translation>Thu hồi quyền máy ảnh và micrô của các ứng dụng không cần</translation>
  </message>
  <message>
   <source>Take usage access away from apps</source>
   <translation>Thu hồi quyền truy cập dữ liệu sử dụng của các ứng dụng</translation>
  </message>
  <message>
   <source>Telegram: use auto-delete</source>
   <translation>Telegram: dùng tính năng tự động xóa</translation>
  </message>
  <message>
   <source>Tell the people you are in touch with</source>
   <translation>Báo cho những người bạn đang liên lạc</translation>
  </message>
  <message>
   <source>Tell your groups and close contacts, so they can protect themselves. Remove the number from group chats if you can.</source>
   <translation>Hãy báo cho các nhóm và những người thân thiết với bạn, để họ có thể tự bảo vệ. Nếu có thể, hãy xóa số điện thoại đó khỏi các nhóm trò chuyện.</translation>
  </message>
  <message>
   <source>Text messages (SMS) never disappear by themselves. Before a risky moment, delete threads with clients in the Messages app, and ask clients to use a messenger with disappearing messages.</source>
   <translation>Tin nhắn văn bản (SMS) không bao giờ tự biến mất. Trước thời điểm nguy hiểm, hãy xóa các cuộc trò chuyện với khách hàng trong ứng dụng Tin nhắn, và đề nghị khách hàng dùng ứng dụng nhắn tin có tin nhắn tự hủy.</translation>
  </message>
  <message>
   <source>Text messages: delete what you do not need</source>
   <translation>Tin nhắn văn bản: xóa những gì bạn không cần</translation>
  </message>
  <message>
   <source>Texts and calls go to apps that are part of the phone.</source>
   <translation>Tin nhắn và cuộc gọi đi đến các ứng dụng có sẵn trên điện thoại.</translation>
  </message>
  <message>
   <source>That is a folder; give a file name ending in .pdf or .html: {path}</source>
   <translation>Đó là một thư mục; hãy đặt tên tệp có đuôi .pdf hoặc .html: {path}</translation>
  </message>
  <message>
   <source>The "adb" program on this computer (version {version}, {path}) cannot pair with a code: pairing came with version 30 of Google's Platform-Tools, in 2020. The "adb" package of Debian and Ubuntu is version 29 and has no pairing. Install Google's current Platform-Tools, or connect the phone with a USB cable instead.</source>
   <translation>Chương trình "adb" trên máy tính này (phiên bản {version}, {path}) không thể ghép nối bằng mã: tính năng ghép nối có từ phiên bản 30 của Platform-Tools của Google, năm 2020. Gói "adb" của Debian và Ubuntu là phiên bản 29 và không có tính năng ghép nối. Hãy cài Platform-Tools hiện tại của Google, hoặc kết nối điện thoại bằng cáp USB.</translation>
  </message>
  <message>
   <source>The "adb" program on this computer is too old or not answering as expected (server version {version}; hardener needs {needed} or newer). Install the current Android SDK Platform-Tools, then try again.</source>
   <translation>Chương trình "adb" trên máy tính này quá cũ hoặc không trả lời như mong đợi (phiên bản máy chủ {version}; hardener cần phiên bản {needed} trở lên). Hãy cài Android SDK Platform-Tools hiện tại, rồi thử lại.</translation>
  </message>
  <message>
   <source>The "adb" program's server is not running on this computer (port {port}). Start it with the command "adb start-server", or connect without the adb server.</source>
   <translation>Máy chủ của chương trình "adb" không chạy trên máy tính này (cổng {port}). Hãy khởi động bằng lệnh "adb start-server", hoặc kết nối mà không qua máy chủ adb.</translation>
  </message>
  <message>
   <source>The Private Space stays open after the phone locks</source>
   <translation>Không gian riêng tư vẫn mở sau khi điện thoại khóa</translation>
  </message>
  <message>
   <source>The SMS and phone apps came with the phone</source>
   <translation>Ứng dụng SMS và ứng dụng điện thoại có sẵn trên điện thoại</translation>
  </message>
  <message>
   <source>The adb server (port {port}) has no phone.</source>
   <translation>Máy chủ adb (cổng {port}) không có điện thoại nào.</translation>
  </message>
  <message>
   <source>The adb server does not have the phone "{serial}". The phones it has: {serials}. Check the name with "adb devices".</source>
   <translation>Máy chủ adb không có điện thoại "{serial}". Các điện thoại mà máy chủ có: {serials}. Hãy kiểm tra tên bằng lệnh "adb devices".</translation>
  </message>
  <message>
   <source>The adb server says: {said} (state: {state})</source>
   <translation>Máy chủ adb báo: {said} (trạng thái: {state})</translation>
  </message>
  <message>
   <source>The camera and location: could not be read</source>
   <translation>Máy ảnh và vị trí: không đọc được</translation>
  </message>
  <message>
   <source>The camera can use your location, so each photo carries where it was taken. Sent or posted, a photo can show where you live or work.</source>
   <translation>Máy ảnh có thể dùng vị trí của bạn, nên mỗi ảnh đều mang theo nơi chụp. Khi gửi đi hoặc đăng lên, ảnh có thể cho thấy nơi bạn sống hoặc làm việc.</translation>
  </message>
  <message>
   <source>The camera cannot save where photos are taken</source>
   <translation>Máy ảnh không thể lưu nơi chụp ảnh</translation>
  </message>
  <message>
   <source>The commands for this phone are too long to go through the adb server ({size} bytes; it passes on at most {limit}). Connect to the phone directly instead, without the adb server.</source>
   <translation>Các lệnh cho điện thoại này quá dài để đi qua máy chủ adb ({size} byte; máy chủ chỉ chuyển tối đa {limit}). Hãy kết nối trực tiếp với điện thoại, không qua máy chủ adb.</translation>
  </message>
  <message>
   <source>The connection to the phone was lost (was the cable pulled?). Plug it in again: nothing is lost, and anything unfinished can be finished or undone.</source>
   <translation>Mất kết nối với điện thoại (có phải cáp bị rút ra không?). Hãy cắm lại: không có gì bị mất, và mọi việc chưa xong đều có thể được hoàn tất hoặc hoàn tác.</translation>
  </message>
  <message>
   <source>The default browser is {app}</source>
   <translation>Trình duyệt mặc định là {app}</translation>
  </message>
  <message>
   <source>The folder for the report does not exist: {folder}</source>
   <translation>Thư mục để lưu báo cáo không tồn tại: {folder}</translation>
  </message>
  <message>
   <source>The indicator file {file} could not be used: {reason}</source>
   <translation>Không dùng được tệp chỉ báo {file}: {reason}</translation>
  </message>
  <message>
   <source>The key hardener keeps in this computer's keyring is damaged, so hardener stopped and left it as it is. To start again with a new key, run the command "hardener forget-key"; phones will then ask "Allow USB debugging?" again.</source>
   <translation>Khóa mà hardener lưu trong chùm khóa (keyring) của máy tính này bị hỏng, nên hardener đã dừng và để nguyên khóa đó. Để bắt đầu lại với khóa mới, hãy chạy lệnh "hardener forget-key"; khi đó các điện thoại sẽ hỏi lại "Cho phép gỡ lỗi qua USB?".</translation>
  </message>
  <message>
   <source>The key was removed from the keyring.</source>
   <translation>Đã xóa khóa khỏi chùm khóa (keyring).</translation>
  </message>
  <message>
   <source>The keyboard came with the phone</source>
   <translation>Bàn phím có sẵn trên điện thoại</translation>
  </message>
  <message>
   <source>The keyboard in use is part of the phone.</source>
   <translation>Bàn phím đang dùng là một phần của điện thoại.</translation>
  </message>
  <message>
   <source>The keyring where hardener keeps its key is locked. Unlock it (on Linux: open "Passwords and Keys" and unlock "Login", or log out and in again), then try again.</source>
   <translation>Chùm khóa (keyring) nơi hardener lưu khóa đang bị khóa. Hãy mở khóa (trên Linux: mở "Mật khẩu và Khóa" (Passwords and Keys) và mở khóa "Login", hoặc đăng xuất rồi đăng nhập lại), rồi thử lại.</translation>
  </message>
  <message>
   <source>The last security update is {months} months old</source>
   <translation>Bản cập nhật bảo mật gần nhất đã cũ {months} tháng</translation>
  </message>
  <message>
   <source>The macOS Keychain where hardener keeps its key is locked. Open the Keychain Access app and unlock the "login" keychain (or log out and in again), then try again.</source>
   <translation>Chuỗi khóa macOS (Keychain) nơi hardener lưu khóa đang bị khóa. Hãy mở ứng dụng Keychain Access và mở khóa chuỗi khóa "login" (hoặc đăng xuất rồi đăng nhập lại), rồi thử lại.</translation>
  </message>
  <message>
   <source>The most urgent first. Each item says what someone holding this phone could see or do.</source>
   <translation>Gấp nhất ở trước. Mỗi mục cho biết người cầm điện thoại này có thể thấy hoặc làm gì.</translation>
  </message>
  <message>
   <source>The names of the sites and apps you use travel unencrypted, so the network you are on can read them. Android can encrypt them by itself.</source>
   <translation>Tên các trang web và ứng dụng bạn dùng được gửi đi mà không mã hóa, nên mạng bạn đang dùng có thể đọc được. Android có thể tự mã hóa những thông tin này.</translation>
  </message>
  <message>
   <source>The phone backs itself up to the cloud</source>
   <translation>Điện thoại tự sao lưu lên đám mây</translation>
  </message>
  <message>
   <source>The phone did not accept the pairing. On the phone, tap "Pair device with pairing code" again and type the new code and the address with its port (both change each time), while that window is still open. The phone and this computer must be on the same Wi-Fi network.</source>
   <translation>Điện thoại không chấp nhận việc ghép nối. Trên điện thoại, nhấn lại "Ghép nối thiết bị bằng mã ghép nối" và nhập mã mới cùng địa chỉ và cổng (cả hai đều thay đổi mỗi lần), trong khi cửa sổ đó vẫn đang mở. Điện thoại và máy tính này phải dùng cùng một mạng Wi-Fi.</translation>
  </message>
  <message>
   <source>The phone did not allow this computer. Unplug and plug it in again, unlock it, and tap "Allow" when it asks.</source>
   <translation>Điện thoại không cho phép máy tính này. Hãy rút ra rồi cắm lại, mở khóa điện thoại, và nhấn "Cho phép" khi được hỏi.</translation>
  </message>
  <message>
   <source>The phone did not switch USB debugging off: {detail}</source>
   <translation>Điện thoại không tắt gỡ lỗi qua USB: {detail}</translation>
  </message>
  <message>
   <source>The phone does not answer. Unplug it, plug it in again, and unlock it. If that does not help, restart the phone.</source>
   <translation>Điện thoại không trả lời. Hãy rút ra, cắm lại và mở khóa điện thoại. Nếu vẫn không được, hãy khởi động lại điện thoại.</translation>
  </message>
  <message>
   <source>The phone does not copy its apps' data to an account.</source>
   <translation>Điện thoại không sao chép dữ liệu của các ứng dụng lên tài khoản.</translation>
  </message>
  <message>
   <source>The phone has no lock to wait for</source>
   <translation>Điện thoại không có khóa nào để chờ</translation>
  </message>
  <message>
   <source>The phone has not allowed this computer yet. Unlock the phone and tap "Allow" on the "Allow USB debugging?" message.</source>
   <translation>Điện thoại chưa cho phép máy tính này. Hãy mở khóa điện thoại và nhấn "Cho phép" trên thông báo "Cho phép gỡ lỗi qua USB?".</translation>
  </message>
  <message>
   <source>The phone keeps no computer's permission for USB debugging, this one included.</source>
   <translation>Điện thoại không lưu quyền gỡ lỗi qua USB của máy tính nào, kể cả máy tính này.</translation>
  </message>
  <message>
   <source>The phone keeps scanning for Wi-Fi and Bluetooth</source>
   <translation>Điện thoại liên tục quét tìm Wi-Fi và Bluetooth</translation>
  </message>
  <message>
   <source>The phone locks {seconds} seconds after the screen turns off</source>
   <translation>Điện thoại khóa {seconds} giây sau khi màn hình tắt</translation>
  </message>
  <message>
   <source>The phone refused this change: its maker blocks it from a computer. It can still be done by hand in the phone's Settings.</source>
   <translation>Điện thoại đã từ chối thay đổi này: nhà sản xuất chặn thay đổi này từ máy tính. Bạn vẫn có thể tự làm trong Cài đặt của điện thoại.</translation>
  </message>
  <message>
   <source>The phone refused to store a file. Check that it has free space.</source>
   <translation>Điện thoại từ chối lưu tệp. Hãy kiểm tra xem điện thoại còn dung lượng trống không.</translation>
  </message>
  <message>
   <source>The phone reported a name hardener does not trust ({kind}). It was skipped.</source>
   <translation>Điện thoại báo một tên mà hardener không tin cậy ({kind}). Đã bỏ qua.</translation>
  </message>
  <message>
   <source>The phone stays open {minutes} minutes after the screen turns off</source>
   <translation>Điện thoại vẫn mở trong {minutes} phút sau khi màn hình tắt</translation>
  </message>
  <message>
   <source>The phone stays open {seconds} seconds after the screen turns off</source>
   <translation>Điện thoại vẫn mở trong {seconds} giây sau khi màn hình tắt</translation>
  </message>
  <message>
   <source>The phone took too long to answer. Check the cable and that the phone is unlocked.</source>
   <translation>Điện thoại trả lời quá lâu. Hãy kiểm tra cáp và xem điện thoại đã được mở khóa chưa.</translation>
  </message>
  <message>
   <source>The phone trusts computers for USB debugging (number: {count}) and does not say which one, if any, is this computer. Revoke the authorisations when hardener has finished.</source>
   <translation>Điện thoại tin cậy một số máy tính để gỡ lỗi qua USB (số lượng: {count}) và không cho biết máy nào, nếu có, là máy tính này. Hãy thu hồi các quyền này khi hardener đã xong.</translation>
  </message>
  <message>
   <source>The phone trusts only the certificates it came with.</source>
   <translation>Điện thoại chỉ tin cậy các chứng chỉ có sẵn từ đầu.</translation>
  </message>
  <message>
   <source>The phone's internet does not go through a proxy or a VPN app installed by hand.</source>
   <translation>Internet của điện thoại không đi qua proxy hay ứng dụng VPN được cài thủ công.</translation>
  </message>
  <message>
   <source>The phone's storage is encrypted</source>
   <translation>Bộ nhớ của điện thoại đã được mã hóa</translation>
  </message>
  <message>
   <source>The phone's storage is not encrypted</source>
   <translation>Bộ nhớ của điện thoại chưa được mã hóa</translation>
  </message>
  <message>
   <source>The profile {file} is broken: rule {rule}, field {field}: {problem}</source>
   <translation>Hồ sơ {file} bị hỏng: quy tắc {rule}, trường {field}: {problem}</translation>
  </message>
  <message>
   <source>The record needed to undo the changes is no longer on the phone, so they cannot be put back automatically. You can change each setting back by hand.</source>
   <translation>Bản ghi cần để hoàn tác các thay đổi không còn trên điện thoại, nên không thể tự động khôi phục. Bạn có thể tự đổi lại từng cài đặt.</translation>
  </message>
  <message>
   <source>The record of what was changed is kept on the phone itself, not on the computer.</source>
   <translation>Bản ghi những gì đã thay đổi được lưu trên chính điện thoại, không phải trên máy tính.</translation>
  </message>
  <message>
   <source>The report file must end in .pdf or .html: {path}</source>
   <translation>Tệp báo cáo phải có đuôi .pdf hoặc .html: {path}</translation>
  </message>
  <message>
   <source>The report was not saved on the phone: a spying app was found on it, or hardener could not check for one. Such an app could read the report and warn whoever put it there.</source>
   <translation>Báo cáo không được lưu trên điện thoại: đã tìm thấy ứng dụng theo dõi lén trên đó, hoặc hardener không kiểm tra được. Ứng dụng như vậy có thể đọc báo cáo và báo cho người đã cài nó.</translation>
  </message>
  <message>
   <source>The report will be saved in the phone's Download folder. Anyone who searches the phone can read it there. Delete it when you no longer need it.</source>
   <translation>Báo cáo sẽ được lưu trong thư mục Download của điện thoại. Bất kỳ ai lục soát điện thoại đều có thể đọc nó ở đó. Hãy xóa khi bạn không cần nữa.</translation>
  </message>
  <message>
   <source>The safest is a separate phone for work. If you use one phone, use a separate SIM or number for work, WhatsApp Business or a second messenger only for work, and no private photos in work apps.</source>
   <translation>An toàn nhất là dùng điện thoại riêng cho công việc. Nếu bạn chỉ dùng một điện thoại, hãy dùng SIM hoặc số riêng cho công việc, WhatsApp Business hoặc một ứng dụng nhắn tin thứ hai chỉ cho công việc, và không để ảnh riêng tư trong các ứng dụng công việc.</translation>
  </message>
  <message>
   <source>The screen does not stay on while charging</source>
   <translation>Màn hình không luôn bật khi đang sạc</translation>
  </message>
  <message>
   <source>The screen lock is a pattern</source>
   <translation>Khóa màn hình là hình mở khóa</translation>
  </message>
  <message>
   <source>The screen lock is only a swipe</source>
   <translation>Khóa màn hình chỉ là vuốt</translation>
  </message>
  <message>
   <source>The screen stays on for {minutes} minutes before it locks</source>
   <translation>Màn hình sáng trong {minutes} phút trước khi khóa</translation>
  </message>
  <message>
   <source>The screen stays on for {seconds} seconds before it locks</source>
   <translation>Màn hình sáng trong {seconds} giây trước khi khóa</translation>
  </message>
  <message>
   <source>The screen stays on while charging</source>
   <translation>Màn hình luôn bật khi đang sạc</translation>
  </message>
  <message>
   <source>The screen turns off after {seconds} seconds</source>
   <translation>Màn hình tắt sau {seconds} giây</translation>
  </message>
  <message>
   <source>The security apps on this phone are on.</source>
   <translation>Các ứng dụng bảo mật trên điện thoại này đang bật.</translation>
  </message>
  <message>
   <source>The strongest lock-screen settings, translation history cleared, and steps to take before a search.</source>
   <translation>Cài đặt màn hình khóa chặt chẽ nhất, xóa lịch sử dịch, và các bước cần làm trước khi bị khám xét.</translation>
  </message>
  <message>
   <source>The undo record is erased (checked): nothing hardener wrote is left on the phone.</source>
   <translation>Bản ghi hoàn tác đã được xóa (đã kiểm tra): không còn gì do hardener ghi trên điện thoại.</translation>
  </message>
  <message>
   <source>The undo record is erased: the phone holds none now.</source>
   <translation>Bản ghi hoàn tác đã được xóa: điện thoại hiện không còn bản ghi nào.</translation>
  </message>
  <message>
   <source>The undo record on the phone could not be read, so the report cannot say what was changed.</source>
   <translation>Không đọc được bản ghi hoàn tác trên điện thoại, nên báo cáo không thể cho biết những gì đã thay đổi.</translation>
  </message>
  <message>
   <source>The undo record on this phone is damaged, so it will not be used. You can erase it and check the phone's settings by hand.</source>
   <translation>Bản ghi hoàn tác trên điện thoại này bị hỏng nên sẽ không được dùng. Bạn có thể xóa nó và tự kiểm tra cài đặt của điện thoại.</translation>
  </message>
  <message>
   <source>The undo record stays on the phone, sealed with its undo code. Someone who searches the phone can see that a file is there, but cannot read it without the code.</source>
   <translation>Bản ghi hoàn tác vẫn ở trên điện thoại, được khóa bằng mã hoàn tác của nó. Người lục soát điện thoại có thể thấy là có một tệp ở đó, nhưng không thể đọc được nếu không có mã.</translation>
  </message>
  <message>
   <source>The work profile on this phone is run by its manager, often an employer. They can see the apps and data in that profile. Keep private things out of it.</source>
   <translation>Hồ sơ công việc trên điện thoại này do bên quản lý điều hành, thường là chủ lao động. Họ có thể thấy các ứng dụng và dữ liệu trong hồ sơ đó. Đừng để những thứ riêng tư trong đó.</translation>
  </message>
  <message>
   <source>There is no Google Play on this phone</source>
   <translation>Không có Google Play trên điện thoại này</translation>
  </message>
  <message>
   <source>There is no practice phone called "{name}". The practice phones are: {names}.</source>
   <translation>Không có điện thoại tập dượt nào tên là "{name}". Các điện thoại tập dượt là: {names}.</translation>
  </message>
  <message>
   <source>There is no profile called "{name}". The profiles are: {names}.</source>
   <translation>Không có hồ sơ nào tên là "{name}". Các hồ sơ là: {names}.</translation>
  </message>
  <message>
   <source>There is no screen lock</source>
   <translation>Không có khóa màn hình</translation>
  </message>
  <message>
   <source>There is nothing to undo on this phone.</source>
   <translation>Không có gì để hoàn tác trên điện thoại này.</translation>
  </message>
  <message>
   <source>There was no key in the keyring.</source>
   <translation>Không có khóa nào trong chùm khóa (keyring).</translation>
  </message>
  <message>
   <source>There was no key to remove.</source>
   <translation>Không có khóa nào để xóa.</translation>
  </message>
  <message>
   <source>There were no saved preferences.</source>
   <translation>Không có tùy chọn nào đã lưu.</translation>
  </message>
  <message>
   <source>These are copied to the account's servers. Anyone who gets into the account, or the company when police ask, can read them without your phone.</source>
   <translation>Những thứ này được sao chép lên máy chủ của tài khoản. Bất kỳ ai vào được tài khoản, hoặc công ty khi cảnh sát yêu cầu, đều có thể đọc mà không cần điện thoại của bạn.</translation>
  </message>
  <message>
   <source>These need you, on the phone itself. Each one takes a minute or two.</source>
   <translation>Những việc này cần bạn tự làm trên điện thoại. Mỗi việc mất một hai phút.</translation>
  </message>
  <message>
   <source>Think about Advanced Protection</source>
   <translation>Cân nhắc dùng Bảo vệ nâng cao</translation>
  </message>
  <message>
   <source>Think about fingerprint and face unlock</source>
   <translation>Cân nhắc về mở khóa bằng vân tay và khuôn mặt</translation>
  </message>
  <message>
   <source>Think before erasing it from a distance</source>
   <translation>Cân nhắc kỹ trước khi xóa dữ liệu từ xa</translation>
  </message>
  <message>
   <source>This Android version does not say which browser is the default</source>
   <translation>Phiên bản Android này không cho biết trình duyệt nào là mặc định</translation>
  </message>
  <message>
   <source>This Android version does not say which kind of lock it is. If it is a pattern, change it to a PIN of 6 numbers or more, or a password.</source>
   <translation>Phiên bản Android này không cho biết đây là loại khóa nào. Nếu đó là hình mở khóa, hãy đổi sang mã PIN có từ 6 số trở lên, hoặc mật khẩu.</translation>
  </message>
  <message>
   <source>This Android version does not show which computers it trusts for USB debugging. Other computers may be allowed too. Revoke them all when hardener has finished.</source>
   <translation>Phiên bản Android này không cho biết những máy tính nào được tin cậy để gỡ lỗi qua USB. Các máy tính khác có thể cũng được phép. Hãy thu hồi tất cả khi hardener đã xong.</translation>
  </message>
  <message>
   <source>This Android version has no Advanced Protection</source>
   <translation>Phiên bản Android này không có Bảo vệ nâng cao</translation>
  </message>
  <message>
   <source>This Android version has no Identity Check</source>
   <translation>Phiên bản Android này không có Kiểm tra danh tính</translation>
  </message>
  <message>
   <source>This Android version has no Lockdown button</source>
   <translation>Phiên bản Android này không có nút Chế độ khóa</translation>
  </message>
  <message>
   <source>This Xiaomi phone refuses changes from a computer until “USB debugging (Security settings)” is on. Open Settings, then Developer options, switch it on (the phone may ask you to sign in to a Mi account), then press “Try again”.</source>
   <translation>Điện thoại Xiaomi này từ chối các thay đổi từ máy tính cho đến khi bật “Gỡ lỗi USB (Cài đặt bảo mật)”. Mở Cài đặt, rồi Tùy chọn cho nhà phát triển, bật mục này (điện thoại có thể yêu cầu bạn đăng nhập tài khoản Mi), rồi nhấn “Thử lại”.</translation>
  </message>
  <message>
   <source>This app can know where you are all the time, or read your text messages or call history. Most apps do not need that. Take away what it does not need.</source>
   <translation>Ứng dụng này có thể biết bạn ở đâu mọi lúc, hoặc đọc tin nhắn văn bản hay nhật ký cuộc gọi của bạn. Hầu hết ứng dụng không cần như vậy. Hãy thu hồi những gì nó không cần.</translation>
  </message>
  <message>
   <source>This app can put its own windows on top of other apps. Harmful apps use this to show fake screens that steal a PIN or password. Chat bubbles and translate buttons use it too.</source>
   <translation>Ứng dụng này có thể đặt cửa sổ của nó lên trên các ứng dụng khác. Ứng dụng có hại dùng cách này để hiện màn hình giả nhằm đánh cắp mã PIN hoặc mật khẩu. Bong bóng trò chuyện và nút dịch cũng dùng quyền này.</translation>
  </message>
  <message>
   <source>This app did not come from an app store, and it can reach your private things. Spying apps work like this. If you do not know this app, keep a record and get help before you remove it.</source>
   <translation>Ứng dụng này không đến từ cửa hàng ứng dụng, và có thể truy cập những thứ riêng tư của bạn. Ứng dụng theo dõi lén hoạt động như vậy. Nếu bạn không biết ứng dụng này, hãy lưu lại bằng chứng và tìm trợ giúp trước khi gỡ bỏ.</translation>
  </message>
  <message>
   <source>This app has a name that only Android's own apps use, but it did not come with the phone. Spying apps hide behind names like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Ứng dụng này có tên mà chỉ các ứng dụng của chính Android mới dùng, nhưng nó không có sẵn trên điện thoại. Ứng dụng theo dõi lén ẩn sau những cái tên như vậy. Đừng gỡ bỏ vội: nếu nó đang theo dõi, việc gỡ bỏ có thể báo động cho người đã cài đặt. Trước tiên, hãy lưu lại bằng chứng và lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>This app is made to watch a phone, for example as "parental control". If you did not install it yourself, someone may be following what you do. Do not remove it yet: keep a record and make a safety plan first.</source>
   <translation>Ứng dụng này được làm ra để theo dõi một điện thoại, ví dụ như "kiểm soát của cha mẹ". Nếu bạn không tự cài, có thể có người đang theo dõi những gì bạn làm. Đừng gỡ bỏ vội: trước tiên, hãy lưu lại bằng chứng và lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>This app is on public lists of stalkerware: apps that hide on a phone and send messages, location, photos and calls to someone else. Do not remove it yet: that can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Ứng dụng này có trong các danh sách công khai về phần mềm theo dõi lén: những ứng dụng ẩn trên điện thoại và gửi tin nhắn, vị trí, ảnh và cuộc gọi cho người khác. Đừng gỡ bỏ vội: việc đó có thể báo động cho người đã cài đặt. Trước tiên, hãy lưu lại bằng chứng và lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>This app is set as an always-on VPN, so everything the phone sends goes through it. It was installed from outside an app store. If you did not choose it, do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Ứng dụng này được đặt làm VPN luôn bật, nên mọi thứ điện thoại gửi đi đều đi qua nó. Nó được cài từ bên ngoài cửa hàng ứng dụng. Nếu bạn không chọn nó, đừng gỡ bỏ vội: nếu nó đang theo dõi, việc gỡ bỏ có thể báo động cho người đã cài đặt. Trước tiên, hãy lưu lại bằng chứng và lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It did not come with the phone. If you chose it, check that you trust its maker.</source>
   <translation>Ứng dụng này được đặt làm mặc định cho tin nhắn hoặc cuộc gọi, nên nhận được tất cả, kể cả mã đăng nhập. Nó không có sẵn trên điện thoại. Nếu bạn đã chọn nó, hãy chắc chắn rằng bạn tin tưởng nhà sản xuất.</translation>
  </message>
  <message>
   <source>This app is set as the default for texts or calls, so it receives them all, login codes too. It was installed from outside an app store. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Ứng dụng này được đặt làm mặc định cho tin nhắn hoặc cuộc gọi, nên nhận được tất cả, kể cả mã đăng nhập. Nó được cài từ bên ngoài cửa hàng ứng dụng. Đừng gỡ bỏ vội: nếu nó đang theo dõi, việc gỡ bỏ có thể báo động cho người đã cài đặt. Trước tiên, hãy lưu lại bằng chứng và lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>This app may put new apps on the phone. That is how spying apps often get in. Unless you use it to install apps on purpose, take this permission away.</source>
   <translation>Ứng dụng này có thể cài ứng dụng mới lên điện thoại. Ứng dụng theo dõi lén thường lọt vào theo cách đó. Trừ khi bạn cố ý dùng nó để cài ứng dụng, hãy thu hồi quyền này.</translation>
  </message>
  <message>
   <source>This app may record or stream everything on your screen, shows and chats included, without asking you first. Recordings of shows are used to blackmail. Keep this only for an app you chose.</source>
   <translation>Ứng dụng này có thể ghi lại hoặc truyền mọi thứ trên màn hình của bạn, kể cả buổi diễn và cuộc trò chuyện, mà không hỏi bạn trước. Bản ghi các buổi diễn bị dùng để tống tiền. Chỉ giữ quyền này cho ứng dụng bạn đã chọn.</translation>
  </message>
  <message>
   <source>This app protects the phone, for example by checking apps for spying. It has been switched off. Spying apps, or the people who install them, do this so they are not found.</source>
   <translation>Ứng dụng này bảo vệ điện thoại, ví dụ bằng cách kiểm tra xem ứng dụng có theo dõi không. Nó đã bị tắt. Ứng dụng theo dõi lén, hoặc người cài chúng, làm vậy để không bị phát hiện.</translation>
  </message>
  <message>
   <source>This app sees every notification: message previews, codes, bookings, who is calling. Spying apps use this. Keep it only for apps you need, like a smartwatch app.</source>
   <translation>Ứng dụng này thấy mọi thông báo: xem trước tin nhắn, mã xác nhận, lịch hẹn, ai đang gọi. Ứng dụng theo dõi lén dùng quyền này. Chỉ giữ quyền này cho ứng dụng bạn cần, như ứng dụng đồng hồ thông minh.</translation>
  </message>
  <message>
   <source>This app uploads your contact list to its own servers, where strangers can look up the names people gave to a phone number. Your clients' and colleagues' numbers, and the names you saved them under, leave the phone.</source>
   <translation>Ứng dụng này tải danh bạ của bạn lên máy chủ của nó, nơi người lạ có thể tra cứu những tên mà người khác đã lưu cho một số điện thoại. Số điện thoại của khách hàng và đồng nghiệp của bạn, cùng tên bạn đã lưu cho họ, sẽ rời khỏi điện thoại.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store and does not show in the app list, so it is easy to miss. Do you know it? Spying apps often hide like this. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Ứng dụng này không được cài từ cửa hàng ứng dụng và không hiện trong danh sách ứng dụng, nên dễ bị bỏ sót. Bạn có biết nó không? Ứng dụng theo dõi lén thường ẩn như vậy. Đừng gỡ bỏ vội: nếu nó đang theo dõi, việc gỡ bỏ có thể báo động cho người đã cài đặt. Trước tiên, hãy lưu lại bằng chứng và lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>This app was not installed from an app store, has no icon in the app list, and can do what spying apps do: {powers}. This is the pattern experts look for. Do not remove it yet: if it is watching, removing it can warn the person who installed it. Keep a record and make a safety plan first.</source>
   <translation>Ứng dụng này không được cài từ cửa hàng ứng dụng, không có biểu tượng trong danh sách ứng dụng, và có thể làm những việc mà ứng dụng theo dõi lén làm: {powers}. Đây là dấu hiệu mà các chuyên gia tìm kiếm. Đừng gỡ bỏ vội: nếu nó đang theo dõi, việc gỡ bỏ có thể báo động cho người đã cài đặt. Trước tiên, hãy lưu lại bằng chứng và lập kế hoạch an toàn.</translation>
  </message>
  <message>
   <source>This browser keeps your history and sign-ins, which anyone who opens the phone can read. For work, a private browser keeps less, or use private tabs and clear history.</source>
   <translation>Trình duyệt này lưu lịch sử và thông tin đăng nhập của bạn, mà bất kỳ ai mở được điện thoại đều đọc được. Cho công việc, trình duyệt riêng tư lưu ít hơn, hoặc dùng thẻ ẩn danh và xóa lịch sử.</translation>
  </message>
  <message>
   <source>This cannot be undone.</source>
   <translation>Không thể hoàn tác việc này.</translation>
  </message>
  <message>
   <source>This computer does not allow hardener to use the USB port. On Linux, install the package "android-sdk-platform-tools-common" (it adds the USB rules), then plug the phone in again.</source>
   <translation>Máy tính này không cho phép hardener dùng cổng USB. Trên Linux, hãy cài gói "android-sdk-platform-tools-common" (gói này thêm các quy tắc USB), rồi cắm lại điện thoại.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key (a "keyring"). On Linux, install and unlock GNOME Keyring or KWallet (for example: sudo apt install gnome-keyring), then try again. hardener never stores the key in a plain file.</source>
   <translation>Máy tính này không có chỗ an toàn để lưu khóa của hardener (một "chùm khóa" – keyring). Trên Linux, hãy cài và mở khóa GNOME Keyring hoặc KWallet (ví dụ: sudo apt install gnome-keyring), rồi thử lại. hardener không bao giờ lưu khóa trong tệp thông thường.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in Windows Credential Manager, which did not answer. Sign in to Windows with your own account (not a guest account), then try again. hardener never stores the key in a plain file.</source>
   <translation>Máy tính này không có chỗ an toàn để lưu khóa của hardener: hardener lưu khóa trong Windows Credential Manager, nhưng nó không trả lời. Hãy đăng nhập Windows bằng tài khoản của riêng bạn (không phải tài khoản khách), rồi thử lại. hardener không bao giờ lưu khóa trong tệp thông thường.</translation>
  </message>
  <message>
   <source>This computer has no safe place to keep hardener's key: hardener keeps it in the macOS Keychain, which did not answer. Open the Keychain Access app, check that the "login" keychain is there and unlocked, then try again. hardener never stores the key in a plain file.</source>
   <translation>Máy tính này không có chỗ an toàn để lưu khóa của hardener: hardener lưu khóa trong macOS Keychain, nhưng nó không trả lời. Hãy mở ứng dụng Keychain Access, kiểm tra rằng chuỗi khóa "login" có ở đó và đã được mở khóa, rồi thử lại. hardener không bao giờ lưu khóa trong tệp thông thường.</translation>
  </message>
  <message>
   <source>This copy of hardener is missing its profiles (the situations it plans changes for). Install hardener again.</source>
   <translation>Bản hardener này thiếu các hồ sơ (các tình huống mà nó lên kế hoạch thay đổi). Hãy cài lại hardener.</translation>
  </message>
  <message>
   <source>This could not be changed from the computer.</source>
   <translation>Không thể thay đổi mục này từ máy tính.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. An approximate location is enough to meet people nearby.</source>
   <translation>Ứng dụng hẹn hò này biết vị trí chính xác của bạn. Cảnh sát đã từng dùng ứng dụng hẹn hò để tìm người lao động tình dục. Vị trí gần đúng là đủ để gặp người ở gần.</translation>
  </message>
  <message>
   <source>This dating app has your exact location. Police have used dating apps to find sex workers. This Android version has no approximate choice: allow location only while you use the app, or not at all.</source>
   <translation>Ứng dụng hẹn hò này biết vị trí chính xác của bạn. Cảnh sát đã từng dùng ứng dụng hẹn hò để tìm người lao động tình dục. Phiên bản Android này không có lựa chọn vị trí gần đúng: chỉ cho phép vị trí khi bạn đang dùng ứng dụng, hoặc không cho phép.</translation>
  </message>
  <message>
   <source>This is a summary of a safety check of this phone: what was found, what was changed, what you can still do yourself, and what to do if the phone is ever taken.</source>
   <translation>Đây là bản tóm tắt một lần kiểm tra an toàn cho điện thoại này: những gì đã phát hiện, những gì đã thay đổi, những gì bạn vẫn có thể tự làm, và nên làm gì nếu điện thoại bị lấy.</translation>
  </message>
  <message>
   <source>This is an ordinary app, but it can also be used to follow a person: for example a location tracker, a call recorder or a remote-control app. Did you install it, and why?</source>
   <translation>Đây là một ứng dụng bình thường, nhưng cũng có thể được dùng để theo dõi một người: ví dụ ứng dụng theo dõi vị trí, ghi âm cuộc gọi hoặc điều khiển từ xa. Bạn có cài nó không, và vì sao?</translation>
  </message>
  <message>
   <source>This messenger uses your contacts to show who else uses it, and people who have your number can see that you use it. If that could out you, use it with a separate number.</source>
   <translation>Ứng dụng nhắn tin này dùng danh bạ của bạn để cho biết ai khác cũng dùng nó, và những người có số của bạn có thể thấy bạn dùng nó. Nếu điều đó có thể làm lộ bạn, hãy dùng nó với một số điện thoại riêng.</translation>
  </message>
  <message>
   <source>This phone</source>
   <translation>Điện thoại này</translation>
  </message>
  <message>
   <source>This phone also holds {kinds}</source>
   <translation>Điện thoại này còn có {kinds}</translation>
  </message>
  <message>
   <source>This phone carries two numbers</source>
   <translation>Điện thoại này có hai số</translation>
  </message>
  <message>
   <source>This phone has one SIM card in use and one WhatsApp. If you work from it, keep your private number on another phone.</source>
   <translation>Điện thoại này đang dùng một thẻ SIM và một WhatsApp. Nếu bạn làm việc bằng điện thoại này, hãy để số cá nhân trên một điện thoại khác.</translation>
  </message>
  <message>
   <source>This phone is managed by {app}</source>
   <translation>Điện thoại này do {app} quản lý</translation>
  </message>
  <message>
   <source>This phone keeps a locked record of changes made at an earlier visit. With its undo code, this report lists them.</source>
   <translation>Điện thoại này lưu một bản ghi đã khóa về các thay đổi trong một lần trước. Với mã hoàn tác của bản ghi, báo cáo này sẽ liệt kê các thay đổi đó.</translation>
  </message>
  <message>
   <source>This phone keeps an undo record from an earlier visit. Type its undo code to use it, or erase the record (the earlier changes then stay, and can no longer be undone).</source>
   <translation>Điện thoại này lưu một bản ghi hoàn tác từ một lần trước. Hãy nhập mã hoàn tác để dùng bản ghi, hoặc xóa bản ghi (khi đó các thay đổi trước được giữ nguyên và không thể hoàn tác nữa).</translation>
  </message>
  <message>
   <source>This summary is not kept on the computer it was made on. If you keep a copy, keep it somewhere safe, or delete it when you no longer need it.</source>
   <translation>Bản tóm tắt này không được lưu trên máy tính đã tạo ra nó. Nếu bạn giữ một bản sao, hãy cất ở nơi an toàn, hoặc xóa khi không cần nữa.</translation>
  </message>
  <message>
   <source>This undo code does not open the record on this phone. Check the code and try again.</source>
   <translation>Mã hoàn tác này không mở được bản ghi trên điện thoại này. Hãy kiểm tra mã và thử lại.</translation>
  </message>
  <message>
   <source>This was left as it was, because it was not chosen.</source>
   <translation>Mục này được giữ nguyên vì không được chọn.</translation>
  </message>
  <message>
   <source>To put the changes back, connect the phone again to the program used for this check, on any computer, and choose Undo.</source>
   <translation>Để khôi phục các thay đổi, hãy kết nối lại điện thoại với chương trình đã dùng cho lần kiểm tra này, trên bất kỳ máy tính nào, và chọn Hoàn tác.</translation>
  </message>
  <message>
   <source>Tools police use to open phones work best on phones that miss security updates. An old phone that no longer gets updates is easier to get into, even with a good PIN.</source>
   <translation>Các công cụ mà cảnh sát dùng để mở điện thoại hoạt động tốt nhất trên điện thoại thiếu bản cập nhật bảo mật. Điện thoại cũ không còn được cập nhật thì dễ bị xâm nhập hơn, ngay cả khi có mã PIN tốt.</translation>
  </message>
  <message>
   <source>Tools that open seized phones work best on phones that miss updates.</source>
   <translation>Các công cụ mở điện thoại bị tịch thu hoạt động tốt nhất trên điện thoại thiếu bản cập nhật.</translation>
  </message>
  <message>
   <source>Translated from the English guide.</source>
   <translation>Dịch từ bản hướng dẫn tiếng Anh.</translation>
  </message>
  <message>
   <source>Translation apps keep what you typed or said, often conversations with clients. Police have used this history to prove that people are sex workers. Clear it often.</source>
   <translation>Ứng dụng dịch lưu những gì bạn đã gõ hoặc nói, thường là cuộc trò chuyện với khách hàng. Cảnh sát đã từng dùng lịch sử này để chứng minh người ta là người lao động tình dục. Hãy xóa thường xuyên.</translation>
  </message>
  <message>
   <source>Translation apps: could not be read</source>
   <translation>Ứng dụng dịch: không đọc được</translation>
  </message>
  <message>
   <source>Translation history is read to prove sex work, and then to deport.</source>
   <translation>Lịch sử dịch bị đọc để chứng minh việc lao động tình dục, rồi để trục xuất.</translation>
  </message>
  <message>
   <source>Translations kept in your account: could not be read</source>
   <translation>Bản dịch được lưu trong tài khoản của bạn: không đọc được</translation>
  </message>
  <message>
   <source>Translator history</source>
   <translation>Lịch sử dịch</translation>
  </message>
  <message>
   <source>Travel with only the accounts you need</source>
   <translation>Chỉ mang theo những tài khoản bạn cần khi đi xa</translation>
  </message>
  <message>
   <source>Try again; if it stays, the phone may refuse to delete it (check its storage).</source>
   <translation>Hãy thử lại; nếu vẫn còn, có thể điện thoại từ chối xóa nó (hãy kiểm tra bộ nhớ của điện thoại).</translation>
  </message>
  <message>
   <source>Turn Play Protect on</source>
   <translation>Bật Play Protect</translation>
  </message>
  <message>
   <source>Turn on disappearing messages, and delete chats and photos you do not need.</source>
   <translation>Bật tin nhắn tự hủy, và xóa các cuộc trò chuyện và ảnh bạn không cần.</translation>
  </message>
  <message>
   <source>Turn the authorisation timeout back on</source>
   <translation>Bật lại thời gian chờ cấp quyền</translation>
  </message>
  <message>
   <source>Turn the security app back on</source>
   <translation>Bật lại ứng dụng bảo mật</translation>
  </message>
  <message>
   <source>Two SIM cards, or WhatsApp next to WhatsApp Business, often means work and private life on one phone. If it is taken, both lives are in the same hands. A separate work phone is safest.</source>
   <translation>Hai thẻ SIM, hoặc WhatsApp bên cạnh WhatsApp Business, thường có nghĩa là công việc và đời sống riêng trên cùng một điện thoại. Nếu điện thoại bị lấy, cả hai cuộc sống đều rơi vào cùng một tay. Dùng điện thoại riêng cho công việc là an toàn nhất.</translation>
  </message>
  <message>
   <source>USB and wireless debugging are on</source>
   <translation>Gỡ lỗi qua USB và gỡ lỗi không dây đang bật</translation>
  </message>
  <message>
   <source>USB debugging</source>
   <translation>Gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>USB debugging and developer options are off</source>
   <translation>Gỡ lỗi qua USB và tùy chọn cho nhà phát triển đang tắt</translation>
  </message>
  <message>
   <source>USB debugging and trusted computers</source>
   <translation>Gỡ lỗi qua USB và các máy tính được tin cậy</translation>
  </message>
  <message>
   <source>USB debugging authorisations expire</source>
   <translation>Quyền gỡ lỗi qua USB có hết hạn</translation>
  </message>
  <message>
   <source>USB debugging expiry: could not be read</source>
   <translation>Hết hạn quyền gỡ lỗi qua USB: không đọc được</translation>
  </message>
  <message>
   <source>USB debugging is now off. The connection has ended, as expected.</source>
   <translation>Gỡ lỗi qua USB hiện đã tắt. Kết nối đã kết thúc, đúng như dự kiến.</translation>
  </message>
  <message>
   <source>USB debugging is off on this phone, so hardener cannot talk to it.</source>
   <translation>Gỡ lỗi qua USB đang tắt trên điện thoại này, nên hardener không thể giao tiếp với điện thoại.</translation>
  </message>
  <message>
   <source>USB debugging is on</source>
   <translation>Gỡ lỗi qua USB đang bật</translation>
  </message>
  <message>
   <source>USB debugging was left on, so you can try again.</source>
   <translation>Gỡ lỗi qua USB vẫn được để bật, để bạn có thể thử lại.</translation>
  </message>
  <message>
   <source>USB debugging: could not be read</source>
   <translation>Gỡ lỗi qua USB: không đọc được</translation>
  </message>
  <message>
   <source>Undo code (shown when the changes were made): </source>
   <translation>Mã hoàn tác (được hiển thị khi thực hiện các thay đổi): </translation>
  </message>
  <message>
   <source>Undo code for these changes: {code}   (write it down now, keep it apart from the phone)</source>
   <translation>Mã hoàn tác cho các thay đổi này: {code}   (hãy ghi lại ngay, cất giữ ở nơi khác, không để cùng điện thoại)</translation>
  </message>
  <message>
   <source>Undo code: {code}</source>
   <translation>Mã hoàn tác: {code}</translation>
  </message>
  <message>
   <source>Undo them?</source>
   <translation>Hoàn tác các thay đổi này?</translation>
  </message>
  <message>
   <source>Unlock the phone and tap "Allow" on the "Allow USB debugging?" message…</source>
   <translation>Mở khóa điện thoại và nhấn "Cho phép" trong thông báo "Cho phép gỡ lỗi qua USB?"…</translation>
  </message>
  <message>
   <source>Until you next enter your PIN, fingerprint, face and Smart Lock cannot open the phone.</source>
   <translation>Cho đến khi bạn nhập lại mã PIN, vân tay, khuôn mặt và Smart Lock không thể mở điện thoại.</translation>
  </message>
  <message>
   <source>Urgent</source>
   <translation>Khẩn cấp</translation>
  </message>
  <message>
   <source>Usage access shows an app every app you open, and for how long. Spying apps use it to report on you. Few apps need it.</source>
   <translation>Quyền truy cập dữ liệu sử dụng cho ứng dụng thấy mọi ứng dụng bạn mở, và mở trong bao lâu. Ứng dụng theo dõi lén dùng quyền này để báo cáo về bạn. Ít ứng dụng cần quyền này.</translation>
  </message>
  <message>
   <source>Usage access shows which apps you use, and when.</source>
   <translation>Quyền truy cập dữ liệu sử dụng cho thấy bạn dùng những ứng dụng nào, và khi nào.</translation>
  </message>
  <message>
   <source>Usage access: could not be read</source>
   <translation>Quyền truy cập dữ liệu sử dụng: không đọc được</translation>
  </message>
  <message>
   <source>Use Lockdown when the phone may be taken</source>
   <translation>Dùng Chế độ khóa khi điện thoại có thể bị lấy</translation>
  </message>
  <message>
   <source>Use a PIN, not your face or finger</source>
   <translation>Dùng mã PIN, không dùng khuôn mặt hay ngón tay</translation>
  </message>
  <message>
   <source>Use a VPN that is always on</source>
   <translation>Dùng VPN luôn bật</translation>
  </message>
  <message>
   <source>Use a phone the watcher does not know for help</source>
   <translation>Dùng một điện thoại mà người theo dõi không biết để tìm trợ giúp</translation>
  </message>
  <message>
   <source>Use a separate number for work</source>
   <translation>Dùng số điện thoại riêng cho công việc</translation>
  </message>
  <message>
   <source>Use a separate phone or SIM for work</source>
   <translation>Dùng điện thoại hoặc SIM riêng cho công việc</translation>
  </message>
  <message>
   <source>Use a strong screen lock</source>
   <translation>Dùng khóa màn hình mạnh</translation>
  </message>
  <message>
   <source>Users/profiles:</source>
   <translation>Người dùng/hồ sơ:</translation>
  </message>
  <message>
   <source>VPN and network</source>
   <translation>VPN và mạng</translation>
  </message>
  <message>
   <source>VPN: could not be read</source>
   <translation>VPN: không đọc được</translation>
  </message>
  <message>
   <source>Viber: make messages disappear</source>
   <translation>Viber: bật tin nhắn tự hủy</translation>
  </message>
  <message numerus="yes">
   <source>WARNING: %n change(s) touch a spying app, as you chose (--touch-spying-apps).</source>
   <translation>
    <numerusform>CẢNH BÁO: %n thay đổi có tác động đến ứng dụng theo dõi lén, theo lựa chọn của bạn (--touch-spying-apps).</numerusform>
   </translation>
  </message>
  <message>
   <source>Watched or blackmailed by a partner or a client</source>
   <translation>Bị bạn tình hoặc khách hàng theo dõi hay tống tiền</translation>
  </message>
  <message>
   <source>WeChat has no disappearing messages. Before a risky moment, open Me, then Settings, then General, then Manage Storage, and clear chat history you do not need.</source>
   <translation>WeChat không có tin nhắn tự hủy. Trước thời điểm nguy hiểm, hãy mở Tôi, rồi Cài đặt, rồi Chung, rồi Quản lý bộ nhớ, và xóa lịch sử trò chuyện bạn không cần.</translation>
  </message>
  <message>
   <source>WeChat: delete old chats</source>
   <translation>WeChat: xóa các cuộc trò chuyện cũ</translation>
  </message>
  <message>
   <source>Webcam and content work</source>
   <translation>Biểu diễn qua webcam và làm nội dung</translation>
  </message>
  <message>
   <source>What accounts copy: could not be read</source>
   <translation>Những gì tài khoản sao chép: không đọc được</translation>
  </message>
  <message>
   <source>What was changed</source>
   <translation>Những gì đã thay đổi</translation>
  </message>
  <message>
   <source>What was found</source>
   <translation>Những gì đã phát hiện</translation>
  </message>
  <message>
   <source>WhatsApp Business: make messages disappear</source>
   <translation>WhatsApp Business: bật tin nhắn tự hủy</translation>
  </message>
  <message>
   <source>WhatsApp: make messages disappear</source>
   <translation>WhatsApp: bật tin nhắn tự hủy</translation>
  </message>
  <message>
   <source>When an app asks to record or cast your screen, never tick "Don't show again". The phone's settings have no switch to take this back: let hardener block it, or remove the app.</source>
   <translation>Khi một ứng dụng xin ghi hoặc truyền màn hình của bạn, đừng bao giờ đánh dấu "Không hiển thị lại". Cài đặt của điện thoại không có nút nào để rút lại việc này: hãy để hardener chặn nó, hoặc gỡ bỏ ứng dụng.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, and turn Wireless debugging off.</source>
   <translation>Khi hardener đã xong, hãy mở Cài đặt, rồi Tùy chọn cho nhà phát triển, và tắt Gỡ lỗi không dây.</translation>
  </message>
  <message>
   <source>When hardener has finished, open Settings, then Developer options, tap "Revoke USB debugging authorisations" and confirm. Every computer, this one too, will have to be allowed again. Then turn USB debugging off.</source>
   <translation>Khi hardener đã xong, hãy mở Cài đặt, rồi Tùy chọn cho nhà phát triển, nhấn "Thu hồi quyền gỡ lỗi qua USB" và xác nhận. Mọi máy tính, kể cả máy tính này, sẽ phải được cho phép lại. Sau đó tắt gỡ lỗi qua USB.</translation>
  </message>
  <message>
   <source>When it is safe to do so, open Settings, then Security. Look at the fingerprints, the face and the trusted devices. Removing one the other person added can tip them off: plan it first.</source>
   <translation>Khi an toàn, hãy mở Cài đặt, rồi Bảo mật. Xem các vân tay, khuôn mặt và thiết bị tin cậy. Xóa một mục mà người kia đã thêm có thể khiến họ nhận ra: hãy lên kế hoạch trước.</translation>
  </message>
  <message>
   <source>When the VPN drops or reconnects, apps can connect without it for a moment. Switch on "Block connections without VPN" so that never happens.</source>
   <translation>Khi VPN bị ngắt hoặc kết nối lại, các ứng dụng có thể kết nối mà không qua VPN trong chốc lát. Hãy bật "Chặn các kết nối không qua VPN" để điều đó không bao giờ xảy ra.</translation>
  </message>
  <message>
   <source>When the phone locks</source>
   <translation>Khi điện thoại khóa</translation>
  </message>
  <message>
   <source>When you are signed in, Google can save what you translate in your Google account, away from the phone. hardener cannot see or delete that copy. You can delete it yourself.</source>
   <translation>Khi bạn đã đăng nhập, Google có thể lưu những gì bạn dịch vào tài khoản Google của bạn, ngoài điện thoại. hardener không thể thấy hay xóa bản sao đó. Bạn có thể tự xóa.</translation>
  </message>
  <message>
   <source>Where apps came from: could not be read</source>
   <translation>Nguồn gốc của các ứng dụng: không đọc được</translation>
  </message>
  <message>
   <source>While the phone is plugged in, its screen never turns off, so it never locks. Anyone can pick it up from the charger and use it.</source>
   <translation>Khi điện thoại đang cắm sạc, màn hình không bao giờ tắt, nên điện thoại không bao giờ khóa. Bất kỳ ai cũng có thể nhấc nó khỏi bộ sạc và sử dụng.</translation>
  </message>
  <message>
   <source>Whoever knows the password of an account can see what it keeps (messages, photos, contacts, location) from anywhere, without the phone. Check that you know every account here, and keep work and private accounts apart.</source>
   <translation>Bất kỳ ai biết mật khẩu của một tài khoản đều có thể xem những gì tài khoản đó lưu (tin nhắn, ảnh, danh bạ, vị trí) từ bất cứ đâu, không cần điện thoại. Hãy kiểm tra rằng bạn biết mọi tài khoản ở đây, và tách riêng tài khoản công việc với tài khoản cá nhân.</translation>
  </message>
  <message>
   <source>Why: {text}</source>
   <translation>Lý do: {text}</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning are off</source>
   <translation>Quét tìm Wi-Fi và Bluetooth đang tắt</translation>
  </message>
  <message>
   <source>Wi-Fi and Bluetooth scanning: could not be read</source>
   <translation>Quét tìm Wi-Fi và Bluetooth: không đọc được</translation>
  </message>
  <message>
   <source>Wi-Fi pairing code shown on the phone: </source>
   <translation>Mã ghép nối Wi-Fi hiển thị trên điện thoại: </translation>
  </message>
  <message>
   <source>Wi-Fi scanning while Wi-Fi is off</source>
   <translation>Quét tìm Wi-Fi khi Wi-Fi đang tắt</translation>
  </message>
  <message>
   <source>Windows Credential Manager, where hardener keeps its key, did not open. Log out of Windows and in again, then try again.</source>
   <translation>Windows Credential Manager, nơi hardener lưu khóa, không mở được. Hãy đăng xuất khỏi Windows rồi đăng nhập lại, rồi thử lại.</translation>
  </message>
  <message>
   <source>Windows does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools and the phone's USB driver, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>Windows không cho hardener tự dùng kết nối USB của điện thoại. Hãy cài Platform-Tools của Google và trình điều khiển USB của điện thoại, chạy "adb devices" một lần, rồi chọn điện thoại "thông qua adb của Google" trong danh sách.</translation>
  </message>
  <message>
   <source>Wireless debugging is off</source>
   <translation>Gỡ lỗi không dây đang tắt</translation>
  </message>
  <message>
   <source>Wireless debugging is on</source>
   <translation>Gỡ lỗi không dây đang bật</translation>
  </message>
  <message>
   <source>Wireless debugging: could not be read</source>
   <translation>Gỡ lỗi không dây: không đọc được</translation>
  </message>
  <message>
   <source>With Identity Check, someone who watched you type your PIN cannot use it alone to change the lock or switch protections off. This phone has it; it did not show it on.</source>
   <translation>Với Kiểm tra danh tính, người đã nhìn thấy bạn nhập mã PIN không thể chỉ dùng mã đó để đổi khóa hoặc tắt các biện pháp bảo vệ. Điện thoại này có tính năng đó; nhưng không cho thấy tính năng đang bật.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you are on can see which sites and apps you use.</source>
   <translation>Nếu không có VPN, mạng bạn đang dùng có thể thấy bạn dùng những trang web và ứng dụng nào.</translation>
  </message>
  <message>
   <source>Without a VPN, the network you use (a hotel, a client's Wi-Fi, the phone company) can see which sites and apps you connect to. A VPN hides that from them.</source>
   <translation>Nếu không có VPN, mạng bạn dùng (khách sạn, Wi-Fi của khách hàng, nhà mạng) có thể thấy bạn kết nối với những trang web và ứng dụng nào. VPN che giấu điều đó khỏi họ.</translation>
  </message>
  <message>
   <source>Without a screen lock this delay does nothing. Set a PIN first.</source>
   <translation>Nếu không có khóa màn hình, khoảng thời gian này không có tác dụng. Hãy đặt mã PIN trước.</translation>
  </message>
  <message>
   <source>Without encryption, the contents of the phone can be copied out with tools, even when it is locked. Old phones can encrypt from Settings; newer phones always do.</source>
   <translation>Nếu không được mã hóa, nội dung của điện thoại có thể bị sao chép ra bằng công cụ, ngay cả khi đang khóa. Điện thoại cũ có thể mã hóa từ Cài đặt; điện thoại mới hơn luôn được mã hóa.</translation>
  </message>
  <message>
   <source>Without the microphone and contacts, a translation app keeps less about you.</source>
   <translation>Khi không có quyền dùng micrô và danh bạ, ứng dụng dịch lưu ít thông tin hơn về bạn.</translation>
  </message>
  <message>
   <source>Work and private life</source>
   <translation>Công việc và đời sống riêng</translation>
  </message>
  <message>
   <source>Worth fixing</source>
   <translation>Nên khắc phục</translation>
  </message>
  <message>
   <source>Xiaomi Redmi Note 12 on MIUI 14 (Android 13) with "USB debugging (Security settings)" off: permission changes and secure settings writes are refused.</source>
   <translation>Xiaomi Redmi Note 12 chạy MIUI 14 (Android 13) với "Gỡ lỗi USB (Cài đặt bảo mật)" đang tắt: việc thay đổi quyền và ghi cài đặt bảo mật bị từ chối.</translation>
  </message>
  <message>
   <source>You can do it yourself in the phone's Settings app.</source>
   <translation>Bạn có thể tự làm trong ứng dụng Cài đặt của điện thoại.</translation>
  </message>
  <message>
   <source>You do these on the phone yourself:</source>
   <translation>Những việc này bạn tự làm trên điện thoại:</translation>
  </message>
  <message>
   <source>You will need the undo code you were given when the changes were made.</source>
   <translation>Bạn sẽ cần mã hoàn tác đã được cung cấp khi thực hiện các thay đổi.</translation>
  </message>
  <message>
   <source>You will need this undo code: {code}. Keep this page apart from the phone.</source>
   <translation>Bạn sẽ cần mã hoàn tác này: {code}. Hãy cất giữ trang này ở nơi khác, không để cùng điện thoại.</translation>
  </message>
  <message>
   <source>Your Google account may keep your translations</source>
   <translation>Tài khoản Google của bạn có thể lưu các bản dịch của bạn</translation>
  </message>
  <message>
   <source>Your internet goes through another computer</source>
   <translation>Internet của bạn đi qua một máy tính khác</translation>
  </message>
  <message>
   <source>Your keyboard is {app}</source>
   <translation>Bàn phím của bạn là {app}</translation>
  </message>
  <message>
   <source>a PIN, pattern or password is set</source>
   <translation>đã đặt mã PIN, hình mở khóa hoặc mật khẩu</translation>
  </message>
  <message>
   <source>a Private Space</source>
   <translation>một Không gian riêng tư</translation>
  </message>
  <message>
   <source>a caller ID app</source>
   <translation>một ứng dụng hiển thị số người gọi</translation>
  </message>
  <message>
   <source>a cloud storage app</source>
   <translation>một ứng dụng lưu trữ đám mây</translation>
  </message>
  <message>
   <source>a dating app</source>
   <translation>một ứng dụng hẹn hò</translation>
  </message>
  <message>
   <source>a messaging app</source>
   <translation>một ứng dụng nhắn tin</translation>
  </message>
  <message>
   <source>a monitoring app</source>
   <translation>một ứng dụng giám sát</translation>
  </message>
  <message>
   <source>a permission</source>
   <translation>một quyền</translation>
  </message>
  <message>
   <source>a second copy of apps (dual apps)</source>
   <translation>bản sao thứ hai của ứng dụng (ứng dụng kép)</translation>
  </message>
  <message>
   <source>a social app</source>
   <translation>một ứng dụng mạng xã hội</translation>
  </message>
  <message>
   <source>a spying app</source>
   <translation>một ứng dụng theo dõi lén</translation>
  </message>
  <message>
   <source>a translation app</source>
   <translation>một ứng dụng dịch</translation>
  </message>
  <message>
   <source>a work profile</source>
   <translation>một hồ sơ công việc</translation>
  </message>
  <message>
   <source>accessibility services</source>
   <translation>dịch vụ hỗ trợ tiếp cận</translation>
  </message>
  <message>
   <source>accounts</source>
   <translation>tài khoản</translation>
  </message>
  <message>
   <source>allowed</source>
   <translation>được phép</translation>
  </message>
  <message>
   <source>already done</source>
   <translation>đã làm rồi</translation>
  </message>
  <message>
   <source>an app</source>
   <translation>một ứng dụng</translation>
  </message>
  <message>
   <source>an app store</source>
   <translation>một cửa hàng ứng dụng</translation>
  </message>
  <message>
   <source>another user</source>
   <translation>một người dùng khác</translation>
  </message>
  <message>
   <source>app icons</source>
   <translation>biểu tượng ứng dụng</translation>
  </message>
  <message>
   <source>app permissions</source>
   <translation>quyền của ứng dụng</translation>
  </message>
  <message>
   <source>app signatures and names</source>
   <translation>chữ ký và tên ứng dụng</translation>
  </message>
  <message>
   <source>app storage</source>
   <translation>bộ nhớ ứng dụng</translation>
  </message>
  <message>
   <source>app use</source>
   <translation>việc sử dụng ứng dụng</translation>
  </message>
  <message>
   <source>apps</source>
   <translation>ứng dụng</translation>
  </message>
  <message>
   <source>backup</source>
   <translation>sao lưu</translation>
  </message>
  <message>
   <source>blocked</source>
   <translation>bị chặn</translation>
  </message>
  <message>
   <source>body sensors</source>
   <translation>cảm biến cơ thể</translation>
  </message>
  <message>
   <source>calendar</source>
   <translation>lịch</translation>
  </message>
  <message>
   <source>call history</source>
   <translation>nhật ký cuộc gọi</translation>
  </message>
  <message>
   <source>camera</source>
   <translation>máy ảnh</translation>
  </message>
  <message>
   <source>can read your notifications</source>
   <translation>có thể đọc thông báo của bạn</translation>
  </message>
  <message>
   <source>cannot read your notifications</source>
   <translation>không thể đọc thông báo của bạn</translation>
  </message>
  <message>
   <source>certificates added to the phone</source>
   <translation>chứng chỉ được thêm vào điện thoại</translation>
  </message>
  <message>
   <source>cleared</source>
   <translation>đã xóa</translation>
  </message>
  <message>
   <source>computers trusted for USB debugging</source>
   <translation>máy tính được tin cậy để gỡ lỗi qua USB</translation>
  </message>
  <message>
   <source>contacts</source>
   <translation>danh bạ</translation>
  </message>
  <message>
   <source>default</source>
   <translation>mặc định</translation>
  </message>
  <message>
   <source>default SMS and phone apps</source>
   <translation>ứng dụng SMS và điện thoại mặc định</translation>
  </message>
  <message>
   <source>default browser</source>
   <translation>trình duyệt mặc định</translation>
  </message>
  <message>
   <source>device admins</source>
   <translation>quản trị thiết bị</translation>
  </message>
  <message>
   <source>drawing over other apps</source>
   <translation>hiển thị trên các ứng dụng khác</translation>
  </message>
  <message>
   <source>encrypted</source>
   <translation>đã mã hóa</translation>
  </message>
  <message>
   <source>encrypted (file-based)</source>
   <translation>đã mã hóa (theo tệp)</translation>
  </message>
  <message>
   <source>encrypted (full-disk)</source>
   <translation>đã mã hóa (toàn bộ ổ đĩa)</translation>
  </message>
  <message>
   <source>entry {number} of the record is damaged ({problem}); check by hand</source>
   <translation>mục {number} của bản ghi bị hỏng ({problem}); hãy kiểm tra thủ công</translation>
  </message>
  <message>
   <source>fingerprints and face</source>
   <translation>vân tay và khuôn mặt</translation>
  </message>
  <message>
   <source>give the pairing code (the six digits the phone shows).</source>
   <translation>hãy nhập mã ghép nối (sáu chữ số mà điện thoại hiển thị).</translation>
  </message>
  <message>
   <source>hardener compared every app on this phone with public lists of stalkerware. None matched. The lists are not complete: if someone seems to know things they should not, get help to check further.</source>
   <translation>hardener đã so sánh mọi ứng dụng trên điện thoại này với các danh sách công khai về phần mềm theo dõi lén. Không có ứng dụng nào trùng khớp. Các danh sách này chưa đầy đủ: nếu có người dường như biết những điều mà họ không nên biết, hãy tìm trợ giúp để kiểm tra thêm.</translation>
  </message>
  <message>
   <source>hardener could not read this from the phone, so it cannot say what is there. Please check it on the phone yourself. What went wrong: {reason}</source>
   <translation>hardener không đọc được mục này từ điện thoại, nên không thể cho biết ở đó có gì. Vui lòng tự kiểm tra trên điện thoại. Lỗi gặp phải: {reason}</translation>
  </message>
  <message>
   <source>hardener could not save its undo record on the phone, so it changed nothing. Check that the phone has free space, then try again.</source>
   <translation>hardener không lưu được bản ghi hoàn tác trên điện thoại, nên đã không thay đổi gì. Hãy kiểm tra xem điện thoại còn dung lượng trống không, rồi thử lại.</translation>
  </message>
  <message>
   <source>hardener found nothing wrong in what it could read, but it could not read everything it needs for this, so it cannot say that this is fine. Please check it on the phone yourself. What was missing: {reason}</source>
   <translation>hardener không thấy vấn đề gì trong những gì đọc được, nhưng không đọc được mọi thứ cần thiết cho mục này, nên không thể nói rằng mục này ổn. Vui lòng tự kiểm tra trên điện thoại. Những gì còn thiếu: {reason}</translation>
  </message>
  <message>
   <source>hardener hit a problem in one of its own checks ({check}), so this part of the phone was not judged. Please report it; the other results still stand.</source>
   <translation>hardener gặp sự cố trong một bước kiểm tra của chính nó ({check}), nên phần này của điện thoại chưa được đánh giá. Vui lòng báo lại sự cố này; các kết quả khác vẫn có giá trị.</translation>
  </message>
  <message>
   <source>hardener keeps nothing else on this computer. Reports you saved yourself are where you saved them.</source>
   <translation>hardener không lưu gì khác trên máy tính này. Các báo cáo bạn tự lưu vẫn nằm ở nơi bạn đã lưu.</translation>
  </message>
  <message>
   <source>hardener knows no messenger on this phone. If you use one, switch on its disappearing messages.</source>
   <translation>hardener không biết ứng dụng nhắn tin nào trên điện thoại này. Nếu bạn dùng ứng dụng nhắn tin, hãy bật tin nhắn tự hủy của nó.</translation>
  </message>
  <message>
   <source>hardener needs USB debugging to work. When you finish, switch it off: a phone with debugging on is easier to copy. The last step, Finish, does this for you.</source>
   <translation>hardener cần gỡ lỗi qua USB để hoạt động. Khi bạn xong việc, hãy tắt nó: điện thoại đang bật gỡ lỗi dễ bị sao chép dữ liệu hơn. Bước cuối cùng, Kết thúc, sẽ làm việc này cho bạn.</translation>
  </message>
  <message>
   <source>history and data kept on the phone</source>
   <translation>lịch sử và dữ liệu lưu trên điện thoại</translation>
  </message>
  <message>
   <source>hold device admin</source>
   <translation>giữ quyền quản trị thiết bị</translation>
  </message>
  <message>
   <source>location</source>
   <translation>vị trí</translation>
  </message>
  <message>
   <source>location all the time</source>
   <translation>vị trí mọi lúc</translation>
  </message>
  <message>
   <source>locked down until the PIN is entered</source>
   <translation>bị khóa cho đến khi nhập mã PIN</translation>
  </message>
  <message>
   <source>macOS does not let hardener use the phone's USB connection by itself. Install Google's Platform-Tools, run "adb devices" once, then choose the phone "through Google's adb" in the list.</source>
   <translation>macOS không cho hardener tự dùng kết nối USB của điện thoại. Hãy cài Platform-Tools của Google, chạy "adb devices" một lần, rồi chọn điện thoại "thông qua adb của Google" trong danh sách.</translation>
  </message>
  <message>
   <source>messages</source>
   <translation>tin nhắn</translation>
  </message>
  <message>
   <source>microphone</source>
   <translation>micrô</translation>
  </message>
  <message>
   <source>nearby devices</source>
   <translation>thiết bị ở gần</translation>
  </message>
  <message>
   <source>none (anyone can open the phone)</source>
   <translation>không có (ai cũng có thể mở điện thoại)</translation>
  </message>
  <message>
   <source>normal</source>
   <translation>bình thường</translation>
  </message>
  <message>
   <source>not allowed</source>
   <translation>không được phép</translation>
  </message>
  <message>
   <source>off</source>
   <translation>tắt</translation>
  </message>
  <message>
   <source>old: ask about updates</source>
   <translation>đã cũ: hãy hỏi về bản cập nhật</translation>
  </message>
  <message>
   <source>on</source>
   <translation>bật</translation>
  </message>
  <message>
   <source>password</source>
   <translation>mật khẩu</translation>
  </message>
  <message>
   <source>pattern (easy to watch and guess)</source>
   <translation>hình mở khóa (dễ bị nhìn trộm và dễ đoán)</translation>
  </message>
  <message>
   <source>paused</source>
   <translation>tạm dừng</translation>
  </message>
  <message>
   <source>phone calls</source>
   <translation>cuộc gọi điện thoại</translation>
  </message>
  <message>
   <source>phone model and Android version</source>
   <translation>kiểu máy điện thoại và phiên bản Android</translation>
  </message>
  <message>
   <source>photos</source>
   <translation>ảnh</translation>
  </message>
  <message>
   <source>photos and files</source>
   <translation>ảnh và tệp</translation>
  </message>
  <message>
   <source>read notifications</source>
   <translation>đọc thông báo</translation>
  </message>
  <message>
   <source>read the screen</source>
   <translation>đọc màn hình</translation>
  </message>
  <message>
   <source>reading {what}…</source>
   <translation>đang đọc {what}…</translation>
  </message>
  <message>
   <source>recent</source>
   <translation>mới</translation>
  </message>
  <message>
   <source>screen lock</source>
   <translation>khóa màn hình</translation>
  </message>
  <message>
   <source>screen recording</source>
   <translation>ghi màn hình</translation>
  </message>
  <message>
   <source>settings</source>
   <translation>cài đặt</translation>
  </message>
  <message>
   <source>skipped, the phone reported an unsafe name: {name}</source>
   <translation>đã bỏ qua, điện thoại báo một tên không an toàn: {name}</translation>
  </message>
  <message>
   <source>swipe only (anyone can open the phone)</source>
   <translation>chỉ vuốt (ai cũng có thể mở điện thoại)</translation>
  </message>
  <message>
   <source>switched off</source>
   <translation>đã tắt</translation>
  </message>
  <message>
   <source>sync</source>
   <translation>đồng bộ hóa</translation>
  </message>
  <message>
   <source>text messages</source>
   <translation>tin nhắn văn bản</translation>
  </message>
  <message>
   <source>unknown</source>
   <translation>không xác định</translation>
  </message>
  <message>
   <source>unknown (the phone did not say)</source>
   <translation>không xác định (điện thoại không cho biết)</translation>
  </message>
  <message>
   <source>usable</source>
   <translation>dùng được</translation>
  </message>
  <message>
   <source>usage access</source>
   <translation>quyền truy cập dữ liệu sử dụng</translation>
  </message>
  <message>
   <source>users and profiles</source>
   <translation>người dùng và hồ sơ</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>có</translation>
  </message>
  <message>
   <source>{app} acts like a spying app</source>
   <translation>{app} hoạt động giống ứng dụng theo dõi lén</translation>
  </message>
  <message>
   <source>{app} can back up all your chats, photos and voice messages to Google Drive. hardener cannot see whether it does, so please check. Anyone who gets into that Google account can read the backup.</source>
   <translation>{app} có thể sao lưu tất cả cuộc trò chuyện, ảnh và tin nhắn thoại của bạn lên Google Drive. hardener không thấy được ứng dụng có làm vậy không, vì vậy vui lòng kiểm tra. Bất kỳ ai vào được tài khoản Google đó đều có thể đọc bản sao lưu.</translation>
  </message>
  <message>
   <source>{app} can be used to watch someone</source>
   <translation>{app} có thể được dùng để theo dõi người khác</translation>
  </message>
  <message>
   <source>{app} can copy photos and files to the cloud</source>
   <translation>{app} có thể sao chép ảnh và tệp lên đám mây</translation>
  </message>
  <message>
   <source>{app} can draw over other apps</source>
   <translation>{app} có thể hiển thị trên các ứng dụng khác</translation>
  </message>
  <message>
   <source>{app} can install other apps</source>
   <translation>{app} có thể cài đặt ứng dụng khác</translation>
  </message>
  <message>
   <source>{app} can read all your notifications</source>
   <translation>{app} có thể đọc tất cả thông báo của bạn</translation>
  </message>
  <message>
   <source>{app} can read your contacts</source>
   <translation>{app} có thể đọc danh bạ của bạn</translation>
  </message>
  <message>
   <source>{app} can read your internet traffic</source>
   <translation>{app} có thể đọc lưu lượng internet của bạn</translation>
  </message>
  <message>
   <source>{app} can record your screen without asking</source>
   <translation>{app} có thể ghi màn hình của bạn mà không hỏi</translation>
  </message>
  <message>
   <source>{app} can see and control your screen</source>
   <translation>{app} có thể xem và điều khiển màn hình của bạn</translation>
  </message>
  <message>
   <source>{app} can see which apps you use and when</source>
   <translation>{app} có thể thấy bạn dùng những ứng dụng nào và khi nào</translation>
  </message>
  <message>
   <source>{app} can use: {groups}</source>
   <translation>{app} có thể dùng: {groups}</translation>
  </message>
  <message>
   <source>{app} did not come from an app store</source>
   <translation>{app} không đến từ cửa hàng ứng dụng</translation>
  </message>
  <message>
   <source>{app} gets your text messages</source>
   <translation>{app} nhận tin nhắn văn bản của bạn</translation>
  </message>
  <message>
   <source>{app} handles your calls</source>
   <translation>{app} xử lý cuộc gọi của bạn</translation>
  </message>
  <message>
   <source>{app} has device admin rights</source>
   <translation>{app} có quyền quản trị thiết bị</translation>
  </message>
  <message>
   <source>{app} has no icon in the app list</source>
   <translation>{app} không có biểu tượng trong danh sách ứng dụng</translation>
  </message>
  <message>
   <source>{app} is always on and blocks traffic without it</source>
   <translation>{app} luôn bật và chặn lưu lượng không đi qua nó</translation>
  </message>
  <message>
   <source>{app} is always on, but traffic can leave without it</source>
   <translation>{app} luôn bật, nhưng lưu lượng vẫn có thể đi ra mà không qua nó</translation>
  </message>
  <message>
   <source>{app} keeps a history of what you translate</source>
   <translation>{app} lưu lịch sử những gì bạn dịch</translation>
  </message>
  <message>
   <source>{app} keeps almost nothing on the phone now</source>
   <translation>{app} hiện gần như không lưu gì trên điện thoại</translation>
  </message>
  <message>
   <source>{app} knows exactly where you are</source>
   <translation>{app} biết chính xác bạn đang ở đâu</translation>
  </message>
  <message>
   <source>{app} may copy your chats to the cloud</source>
   <translation>{app} có thể sao chép các cuộc trò chuyện của bạn lên đám mây</translation>
  </message>
  <message>
   <source>{app} may upload your photos or files to its cloud. hardener cannot see what it uploads, so please check. Anyone who gets into the account can see them.</source>
   <translation>{app} có thể tải ảnh hoặc tệp của bạn lên đám mây của nó. hardener không thấy được ứng dụng tải lên những gì, vì vậy vui lòng kiểm tra. Bất kỳ ai vào được tài khoản đều có thể xem chúng.</translation>
  </message>
  <message>
   <source>{app} pretends to be part of Android</source>
   <translation>{app} giả làm một phần của Android</translation>
  </message>
  <message>
   <source>{app} puts where you are into every photo</source>
   <translation>{app} đưa vị trí của bạn vào mọi bức ảnh</translation>
  </message>
  <message>
   <source>{app} reads the screen without being listed</source>
   <translation>{app} đọc màn hình mà không có tên trong danh sách</translation>
  </message>
  <message>
   <source>{question} -&gt; no (no terminal to ask on)</source>
   <translation>{question} -&gt; không (không có cửa sổ dòng lệnh để hỏi)</translation>
  </message>
  <message>
   <source>{service} account {account} copies your {data}</source>
   <translation>Tài khoản {service} {account} sao chép {data} của bạn</translation>
  </message>
 </context>
</TS>
