/**
 * Passwords that appear at the top of every published leak list (global and Chinese sites),
 * with the shapes people stretch them into to reach a length rule. Compared case-insensitively;
 * see policy.ts for the derived forms (a listed word with digits or symbols appended, repeats).
 */
export const commonPasswords: readonly string[] = `
123456 123456789 12345678 12345 1234567 1234567890 123123 111111 000000 654321 666666 888888
123321 112233 121212 123654 147258 159357 159753 987654321 11111111 88888888 00000000 520520
5201314 1314520 woaini woaini1314 woaini520 iloveyou iloveyou1 loveyou password password1
password12 password123 password1234 passw0rd p@ssw0rd p@ssword qwerty qwerty123 qwertyuiop
qwe123 qweasd qweasdzxc 1qaz2wsx 1qaz2wsx3edc 1qazxsw2 zaq12wsx zxcvbnm zxcvbnm123 asdfghjkl
asdf1234 asd123 abc123 abc123456 abcd1234 a123456 a12345678 aa123456 123456a 123456aa
qq123456 qq5201314 abcdef abcdefg abcdefgh abcdefghijkl 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y
1q2w3e 1a2b3c4d 123qwe 123qweasd 123qweasdzxc admin admin123 admin1234 admin12345 administrator
root root123 toor test test123 test1234 guest welcome welcome1 welcome123 letmein monkey
dragon baseball football soccer basketball superman batman master shadow sunshine princess
michael jordan jennifer hunter trustno1 starwars whatever freedom charlie donald killer
ninja mustang access flower hello hello123 hellokitty computer internet samsung google
linkedin facebook wechat weixin baidu taobao alipay zhifubao huawei xiaomi iphone apple
changeme secret secret123 default system manager login login123 user user123 demo demo123
china china123 zhongguo beijing shanghai anhui hefei wuhu anqing huangshan fuyang bengbu
jiaoyu jixujiaoyu zhuanji renshe renshi gongwuyuan xuexi peixun kaoshi zhicheng
wangyi zhangwei wangfang liwei lina zhangmin liujie wangjing liqiang wangqiang
asdasd asdasdasd zxczxc qweqwe qazwsx qazwsxedc wsxedc 147852369 741852963 963852741
123456789a 12345678a 1234567a a1234567 a123456789 aa12345678 abc12345678 abcd12345678
a1b2c3d4 a1b2c3d4e5f6 abc123abc123 1234abcd 12345abcde 123456abc 123456qwe 123456asd
qwer1234 qwert12345 qwerty123456 asdf12345678 zxcv1234 1234qwer 12345qwert 123456qwerty
asdfghjkl123 qwertyuiop123 zxcvbnm12345 1qaz2wsx3edc4rfv 1q2w3e4r5t6y7u8i 1qaz@wsx 1qaz!qaz
!qaz2wsx !qaz@wsx #edc4rfv q1w2e3r4 q1w2e3r4t5y6 z1x2c3v4 147258369 123789456 789456123
password@123 password#123 password!123 admin@123 admin#123 admin!123 admin@12345 root@123
abc@123 abc@123456 a123456! a12345678! aa123456! qwe!23 qwe@123 qwe123!@# 123!@#qwe
p@ssw0rd123 p@ssword123 pa$$w0rd pa55word pa55w0rd passw0rd123 password2024 password2025
password2026 admin2024 admin2025 admin2026 welcome2024 welcome2025 welcome2026 anhui2024
anhui2025 anhui2026 hefei2024 hefei2025 hefei2026 china2024 china2025 china2026
iloveyou123 iloveyou1314 woaini123 woaini123456 woaini5201314 5201314520 1314521 5211314
wodemima mima mima123 mima123456 mimamima 12345678910 123456789012 1234567890123
098765432 0987654321 9876543210 01234567890 0123456789 012345678 11223344 1122334455
112233445566 111222333 111222333444 123123123 123123123123 123456123456 12341234 1234512345
111111111111 000000000000 999999999999 888888888888 666666666666 123321123321 aaaaaaaaaaaa
abcabcabcabc qwertyqwerty passwordpassword adminadmin administrator1 administrator123
superadmin superuser sysadmin webmaster postmaster changeme123 changeit letmein123
trustno1trustno1 iloveyouiloveyou monkey123 dragon123 master123 shadow123 sunshine123
princess123 football123 baseball123 superman123 batman123 michael123 jordan23 computer123
internet123 welcome12345 qwerty12345 password12345 abcdefg123 abcdefgh123 zaq1xsw2cde3
1234qwerasdf 1234qwerasdfzxcv qwerasdfzxcv qweasdzxc123 asdzxc qazxswedc qazxswedcvfr
`.trim().split(/\s+/)
