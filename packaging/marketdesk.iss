; Inno Setup script: a per-user installer (no administrator rights needed) in
; Chinese and English, for the onedir build in dist\MarketDesk.
;   iscc packaging\marketdesk.iss
#define AppName "MarketDesk"
#define AppVersion "0.1.0"

[Setup]
AppId={{6D1B7C52-8B7E-4F3C-9E1A-3C5A8D2F4B10}
AppName={#AppName}
AppVerName=营销管理台 MarketDesk {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=MarketDesk
DefaultDirName={localappdata}\Programs\MarketDesk
DefaultGroupName=营销管理台 MarketDesk
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=MarketDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\marketdesk.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\MarketDesk.exe

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\MarketDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\营销管理台 MarketDesk"; Filename: "{app}\MarketDesk.exe"
Name: "{group}\{cm:UninstallProgram,MarketDesk}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\营销管理台 MarketDesk"; Filename: "{app}\MarketDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\MarketDesk.exe"; Description: "{cm:LaunchProgram,MarketDesk}"; Flags: nowait postinstall skipifsilent

; The database, backups and logs live in %APPDATA%\MarketDesk\MarketDesk and are
; kept when the program is uninstalled.
