@echo off
rem workledger launcher for Windows.
rem
rem   bin\workledger.bat COMMAND [OPTIONS]
rem   e.g.  bin\workledger.bat distribute --workspace sample-workspace --period 2023-10
rem
rem Java:      %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, otherwise java.exe on the PATH;
rem            17 or newer.
rem Workspace: --workspace DIR; without it %WORKLEDGER_WORKSPACE% when set, otherwise the
rem            current folder.
rem JVM:       -Xmx512m -XX:+UseParallelGC and UTF-8 output; the console is switched to code
rem            page 65001 (UTF-8) while workledger runs, and back afterwards. WORKLEDGER_JAVA_OPTS
rem            adds options after these, e.g. set WORKLEDGER_JAVA_OPTS=-Xmx2g; a heap size or a
rem            collector given there replaces ours.
rem Every argument goes to workledger unchanged; the exit code is workledger's (1 when Java is
rem missing or too old). Started without arguments (a double-click), it shows the help and waits
rem for a key.
rem
rem This file is UTF-8 without a BOM and has CRLF line endings. cmd reads a batch file line by
rem line in the console's code page: every line before "chcp 65001" must be plain ASCII.

setlocal EnableExtensions DisableDelayedExpansion
set "WL_HOME=%~dp0.."
for %%i in ("%WL_HOME%") do set "WL_HOME=%%~fi"
set "WL_JAR=%WL_HOME%\lib\workledger.jar"
set "WL_EXIT=1"
set "WL_PAUSE="
if "%~1"=="" set "WL_PAUSE=1"

rem The console's code page, restored at the end (936 on Chinese Windows, "850." in some languages).
set "WL_CODEPAGE="
for /f "tokens=*" %%l in ('chcp') do for %%n in (%%l) do set "WL_CODEPAGE=%%n"
if defined WL_CODEPAGE set "WL_CODEPAGE=%WL_CODEPAGE:.=%"
chcp 65001 >nul

if not exist "%WL_JAR%" goto noJar

rem Java: JAVA_HOME first (a wrong JAVA_HOME is an error, not a reason to use another Java).
if defined JAVA_HOME goto javaFromHome
set "WL_JAVA="
for %%j in (java.exe) do set "WL_JAVA=%%~$PATH:j"
if not defined WL_JAVA goto noJava
goto javaVersion

:javaFromHome
set "WL_JAVA=%JAVA_HOME:"=%\bin\java.exe"
if not exist "%WL_JAVA%" goto badJavaHome

:javaVersion
rem The version, from "java -version" (stderr): openjdk version "17.0.9" ..., java version "1.8.0_381".
set "WL_TMP=%TEMP%"
if not defined WL_TMP set "WL_TMP=%WL_HOME%"
set "WL_VERSION_FILE=%WL_TMP%\workledger-java-version-%RANDOM%%RANDOM%.txt"
"%WL_JAVA%" -version 2>"%WL_VERSION_FILE%" >nul
set "WL_JAVA_VERSION="
for /f "usebackq tokens=1-3" %%a in ("%WL_VERSION_FILE%") do if /i "%%b"=="version" if not defined WL_JAVA_VERSION set "WL_JAVA_VERSION=%%~c"
del "%WL_VERSION_FILE%" >nul 2>&1
if not defined WL_JAVA_VERSION goto unknownJava
set "WL_MAJOR="
set "WL_MINOR="
for /f "tokens=1,2 delims=.-+_" %%a in ("%WL_JAVA_VERSION%") do (
	set "WL_MAJOR=%%a"
	set "WL_MINOR=%%b"
)
if "%WL_MAJOR%"=="1" set "WL_MAJOR=%WL_MINOR%"
if not defined WL_MAJOR goto unknownJava
set "WL_NOT_A_NUMBER="
for /f "delims=0123456789" %%d in ("%WL_MAJOR%") do set "WL_NOT_A_NUMBER=%%d"
if defined WL_NOT_A_NUMBER goto unknownJava
if %WL_MAJOR% LSS 17 goto oldJava

rem JVM options: the README's for batch work; WORKLEDGER_JAVA_OPTS comes last and wins.
set "WL_HEAP=-Xmx512m"
set "WL_GC=-XX:+UseParallelGC"
if defined WORKLEDGER_JAVA_OPTS for %%o in (%WORKLEDGER_JAVA_OPTS%) do call :userOption "%%~o"
set WL_OPTIONS=%WL_HEAP% %WL_GC% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Djava.awt.headless=true

rem bench --city times each command through this launcher, as the clerk runs it
set "WORKLEDGER_LAUNCHER=%WL_HOME%\bin\workledger.bat"

rem Commands run with the quick JIT compiler alone, serve and schedule with both (see bin/workledger).
set "WL_JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "WL_JIT="
if /i "%~1"=="schedule" set "WL_JIT="
rem A round of 5,000 files or more keeps both, with C2 inlining less deep (see bin/workledger).
if /i "%~1"=="consolidate" call :largeRound %*
if /i "%~1"=="bench" call :largeRound %*

rem Spring's ahead-of-time context for every command but serve (see bin/workledger).
set "WL_AOT=-Dspring.aot.enabled=true"
if /i "%~1"=="serve" set "WL_AOT="

rem Class data sharing (see bin/workledger): an archive of the classes workledger loads, made
rem once per build of workledger and Java build by a short training run when lib\cds is
rem writable; WORKLEDGER_CDS=off turns it off. The build is written in when the bundle is
rem packaged (Maven filters this file).
set "WL_BUILD=${workledger.build}"
set "WL_CDS="
if /i "%WORKLEDGER_CDS%"=="off" goto run
set "WL_CDS_DIR=%WL_HOME%\lib\cds"
set "WL_CDS_NAME=workledger-%WL_BUILD%-java-%WL_JAVA_VERSION%.jsa"
set "WL_CDS_FILE=%WL_CDS_DIR%\%WL_CDS_NAME%"
if exist "%WL_CDS_FILE%" goto cdsReady
if defined WL_PAUSE goto run
rem a training run that failed is not tried again at every command; nor where lib\cds cannot be written
if exist "%WL_CDS_FILE%.failed" goto run
mkdir "%WL_CDS_DIR%" >nul 2>&1
type nul >"%WL_CDS_DIR%\.writable" 2>nul || goto run
del "%WL_CDS_DIR%\.writable" >nul 2>&1
set "WL_TRAINING=%WL_TMP%\workledger-cds-%RANDOM%%RANDOM%"
rem the JVM writes the archive at exit: to a temporary name, renamed once whole, so that an
rem interrupted training run leaves no broken archive behind
set "WL_CDS_TEMP=%WL_CDS_FILE%.%RANDOM%%RANDOM%"
>&2 echo 首次运行：正在为本机准备启动加速文件（约 20 秒，只做一次）……
"%WL_JAVA%" %WL_OPTIONS% -XX:ArchiveClassesAtExit="%WL_CDS_TEMP%" -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.aot.enabled=true -jar "%WL_JAR%" bench --returns 5 --reports all --workspace "%WL_TRAINING%" >nul 2>&1
if not errorlevel 1 if exist "%WL_CDS_TEMP%" move /y "%WL_CDS_TEMP%" "%WL_CDS_FILE%" >nul 2>&1
del /f /q "%WL_CDS_TEMP%" >nul 2>&1
rmdir /s /q "%WL_TRAINING%" >nul 2>&1
if not exist "%WL_CDS_FILE%" type nul >"%WL_CDS_FILE%.failed" 2>nul
rem the other archives (an earlier build's or Java's, ~100 MB each), their marks of failure,
rem and what an interrupted training run left
for %%f in ("%WL_CDS_DIR%\workledger-*.jsa" "%WL_CDS_DIR%\workledger-*.jsa.*") do if /i not "%%~nxf"=="%WL_CDS_NAME%" if /i not "%%~nxf"=="%WL_CDS_NAME%.failed" del /f /q "%%~ff" >nul 2>&1
if not exist "%WL_CDS_FILE%" goto run
:cdsReady
set WL_CDS=-XX:SharedArchiveFile="%WL_CDS_FILE%" -Xlog:cds=off -Xlog:cds+dynamic=off

:run
if defined WL_PAUSE goto usage
"%WL_JAVA%" %WL_OPTIONS% %WL_JIT% %WL_AOT% %WL_CDS% %WORKLEDGER_JAVA_OPTS% -jar "%WL_JAR%" %*
set "WL_EXIT=%ERRORLEVEL%"
goto end

:usage
"%WL_JAVA%" %WL_OPTIONS% %WORKLEDGER_JAVA_OPTS% -jar "%WL_JAR%" --help
set "WL_EXIT=%ERRORLEVEL%"
echo.
echo workledger 是命令行程序，请在“命令提示符”窗口中运行，例如：
echo   cd /d "%WL_HOME%"
echo   bin\workledger.bat distribute --workspace sample-workspace --period 2023-10
echo 详见 快速上手.txt。
goto end

:noJar
>&2 echo 错误：找不到 "%WL_JAR%"，安装包不完整。请重新解压 workledger 安装包。
goto end

:noJava
>&2 echo 错误：未找到 Java，无法运行 workledger。workledger 需要 Java 17 或更高版本。
goto installHint

:badJavaHome
>&2 echo 错误：环境变量 JAVA_HOME 指向 "%JAVA_HOME:"=%"，但其中没有 bin\java.exe，无法运行 workledger。
>&2 echo 请把 JAVA_HOME 改为 Java 17 或更高版本的安装目录（例如 C:\Program Files\Eclipse Adoptium\jdk-17），或者删除 JAVA_HOME 以使用 PATH 中的 java。
>&2 echo 修改方法：开始菜单搜索“编辑系统环境变量”→“环境变量”，改好后重新打开命令提示符窗口。
goto end

:unknownJava
>&2 echo 错误：无法确定 "%WL_JAVA%" 的版本（java -version 没有给出版本号），workledger 需要 Java 17 或更高版本。
goto installHint

:oldJava
>&2 echo 错误：workledger 需要 Java 17 或更高版本，而 "%WL_JAVA%" 是 Java %WL_JAVA_VERSION%，版本过低。
goto installHint

:installHint
>&2 echo 请安装 Java 17 或更高版本（例如 Eclipse Temurin、毕昇 JDK 或腾讯 Kona 的 17 版），安装时选择“设置 JAVA_HOME”和“添加到 PATH”，然后重新打开命令提示符窗口。
goto end

rem Both compilers for a round of at least 5,000 files: bench's --returns, or the files in the
rem workspace's input folder. cmd splits --workspace=DIR in two words, as it does -w DIR.
:largeRound
set "WL_WORKSPACE=%WORKLEDGER_WORKSPACE%"
if not defined WL_WORKSPACE set "WL_WORKSPACE=."
set "WL_RETURNS="
set "WL_COMMAND=%~1"
:largeRoundArgument
shift
if "%~1"=="" goto largeRoundCount
if /i "%~1"=="-w" set "WL_WORKSPACE=%~2"
if /i "%~1"=="--workspace" set "WL_WORKSPACE=%~2"
if /i "%~1"=="-n" set "WL_RETURNS=%~2"
if /i "%~1"=="--returns" set "WL_RETURNS=%~2"
goto largeRoundArgument
:largeRoundCount
set "WL_FILES=0"
if /i "%WL_COMMAND%"=="bench" (
	if defined WL_RETURNS set "WL_FILES=%WL_RETURNS%"
) else (
	for /f %%c in ('dir /b /s /a-d "%WL_WORKSPACE%\input" 2^>nul ^| find /c /v ""') do set "WL_FILES=%%c"
)
set "WL_NOT_A_NUMBER="
for /f "delims=0123456789" %%d in ("%WL_FILES%") do set "WL_NOT_A_NUMBER=%%d"
if defined WL_NOT_A_NUMBER goto :eof
if %WL_FILES% GEQ 5000 set "WL_JIT=-XX:InlineSmallCode=500 -XX:MaxInlineLevel=6"
goto :eof

rem One option of WORKLEDGER_JAVA_OPTS: a heap size or a collector of the user's replaces ours.
:userOption
set "WL_OPTION=%~1"
if /i "%WL_OPTION:~0,4%"=="-Xmx" set "WL_HEAP="
if /i "%WL_OPTION:~0,15%"=="-XX:MaxHeapSize" set "WL_HEAP="
if /i "%WL_OPTION:~0,10%"=="-XX:MaxRAM" set "WL_HEAP="
if /i "%WL_OPTION:~0,8%"=="-XX:+Use" if /i "%WL_OPTION:~-2%"=="GC" set "WL_GC="
goto :eof

:end
if defined WL_PAUSE pause
if defined WL_CODEPAGE chcp %WL_CODEPAGE% >nul
endlocal & exit /b %WL_EXIT%
