import { useQuery } from '@tanstack/react-query'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ApiError } from '@/shared/api/errors'
import { pageUrl } from '@/shared/config/routes'
import { EmployerKinds, type EmployerProfile } from '@/shared/contracts'
import { formatDate } from '@/shared/lib/dayjs'
import { ActionButton, FieldMessage, PageEmpty, PageError, PageLoading, Section } from '@/shared/ui'
import { employerAccountQueries } from '../api/employer-account-queries'
import { licenceName } from '../model/licence'
import { publishText, verificationView } from '../model/profile'
import { ContactEditForm } from './contact-edit-form'
import { LicenceUpload } from './licence-upload'
import './employer-account.scss'

function Row({ label, value, note }: { label: string; value: string; note?: string | null }) {
  return (
    <View className="yz-employer-profile__row">
      <Text className="yz-employer-profile__label">{label}</Text>
      <Text className="yz-employer-profile__value">{value}</Text>
      {note ? <FieldMessage tone="warning" text={note} /> : null}
    </View>
  )
}

function Verification({ profile }: { profile: EmployerProfile }) {
  const view = verificationView(profile)
  return (
    <View className="yz-employer-profile__verification">
      <View className="yz-employer-profile__status-line">
        <Text className={`yz-employer-profile__status yz-employer-profile__status--${view.tone}`}>{view.title}</Text>
        {profile.verificationStatus === 'verified' && profile.verifiedAt ? (
          <Text className="yz-employer-profile__since">{formatDate(profile.verifiedAt)}核实</Text>
        ) : null}
      </View>
      <Text className="yz-employer-profile__detail">{view.detail}</Text>
      <Text className={`yz-employer-profile__publish${profile.canPublish ? ' yz-employer-profile__publish--yes' : ''}`}>
        {profile.canPublish ? '✓ ' : ''}
        {publishText(profile.canPublish)}
      </Text>
    </View>
  )
}

function Details({ profile }: { profile: EmployerProfile }) {
  const [editing, setEditing] = useState(false)
  if (editing) return <ContactEditForm profile={profile} onDone={() => setEditing(false)} />
  return (
    <View>
      {profile.kind === 'enterprise' && profile.creditCode ? (
        <Row
          label="统一社会信用代码"
          value={profile.creditCode}
          note={profile.creditCodeValid === false ? '代码校验未通过，由驿站人工核实' : null}
        />
      ) : null}
      {profile.kind === 'enterprise' ? <Row label="联系人" value={profile.contactName} /> : null}
      <Row label="联系电话" value={profile.contactPhone} />
      <Row label="地址" value={profile.address} />
      <Row label="所在区县" value={profile.district ?? '未填写'} />
      <ActionButton className="yz-button" type="primary" fill="outline" size="xlarge" block onClick={() => setEditing(true)}>
        修改联系方式
      </ActionButton>
    </View>
  )
}

export interface EmployerProfileViewProps {
  /** Shown when the server says nobody is signed in. */
  onSignIn: () => void
}

/** 单位信息与认证: who the employer is, where verification stands, the licence, and the way to post. */
export function EmployerProfileView({ onSignIn }: EmployerProfileViewProps) {
  const query = useQuery(employerAccountQueries.mine())

  if (query.isPending) return <PageLoading text="正在加载单位信息…" />
  if (query.isError) {
    const error = query.error
    if (error instanceof ApiError && error.status === 401) {
      return <PageEmpty title="请先登录" message="登录后查看您的单位信息和认证情况。" action={{ text: '登录', onClick: onSignIn }} />
    }
    if (error instanceof ApiError && error.code === 'EMPLOYER_NOT_REGISTERED') {
      return (
        <PageEmpty
          title="您还没有登记为用人单位"
          message="登记单位或个人信息后，就可以发布岗位招人。"
          action={{ text: '登记用人单位', onClick: () => void Taro.redirectTo({ url: pageUrl.employerRegister }) }}
        />
      )
    }
    return <PageError title="单位信息没有加载出来" error={error} onRetry={() => void query.refetch()} />
  }

  const profile = query.data
  return (
    <View className="yz-employer-profile">
      <View className="yz-employer-profile__head">
        <Text className="yz-employer-profile__name">{profile.name}</Text>
        <Text className="yz-employer-profile__kind">{EmployerKinds[profile.kind]}</Text>
      </View>

      <Section title="认证">
        <View className="yz-employer-profile__card">
          <Verification profile={profile} />
        </View>
      </Section>

      <Section title={licenceName(profile.kind)}>
        <View className="yz-employer-profile__card">
          <LicenceUpload profile={profile} />
        </View>
      </Section>

      <Section title={profile.kind === 'enterprise' ? '单位信息' : '联系方式'}>
        <View className="yz-employer-profile__card">
          <Details profile={profile} />
        </View>
      </Section>

      <View className="yz-employer-profile__actions">
        <ActionButton className="yz-button" type="primary" size="xlarge" block onClick={() => void Taro.navigateTo({ url: pageUrl.postJob() })}>
          发布新岗位
        </ActionButton>
        <ActionButton className="yz-button" type="default" size="xlarge" block onClick={() => void Taro.navigateTo({ url: pageUrl.employerJobs })}>
          我发布的岗位
        </ActionButton>
      </View>
    </View>
  )
}
